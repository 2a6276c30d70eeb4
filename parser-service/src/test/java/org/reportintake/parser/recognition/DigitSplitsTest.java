package org.reportintake.parser.recognition;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class DigitSplitsTest {

    @Test
    void keepsAMinusSignWithTheRunSoANegativeCountIsNeverReadAsPositive() {
        FlattenedRun run = FlattenedRun.of("二、上年结转政府信息公开申请数量 -1 0 0 0 0 0 -1");

        assertEquals(null, run.digits(), "a signed run is not plain digits: " + run);
        assertTrue(run.raw().startsWith("-1"), run.raw());
    }

    @Test
    void splitsTheCaseTableExampleOnlyOneWay() {
        DigitSplits.Result r = DigitSplits.split("21317000001324019", 3, 5, true, DigitSplits.MAX_SPLITS);

        assertFalse(r.capped());
        assertEquals(1, r.splits().size());
        assertArrayEquals(new long[] {2, 1, 3, 1, 7, 0, 0, 0, 0, 0, 13, 2, 4, 0, 19}, r.splits().get(0));
    }

    @Test
    void withoutTheSumsTheCaseTableExampleHasManySplits() {
        DigitSplits.Result r = DigitSplits.split("21317000001324019", 15, DigitSplits.MAX_SPLITS);

        assertTrue(r.splits().size() > 1, "the arithmetic, not the digits, decides");
    }

    @Test
    void neverWritesALeadingZeroButReadsZeroItself() {
        // "1","00" would be a leading zero: 100 into two cells is only 10,0
        List<long[]> splits = DigitSplits.split("100", 2, 10).splits();

        assertEquals(1, splits.size());
        assertArrayEquals(new long[] {10, 0}, splits.get(0));
    }

    @Test
    void treatsASpaceAsAHardBoundaryWhileASpacedGroupMayStillHoldSeveralCells() {
        List<long[]> spaced = DigitSplits.split("12 3", 3, 10).splits();
        assertEquals(1, spaced.size());
        assertArrayEquals(new long[] {1, 2, 3}, spaced.get(0));

        assertEquals(2, DigitSplits.split("123", 2, 10).splits().size());
        assertEquals(1, DigitSplits.split("1 23", 3, 10).splits().size(), "1 | 2,3 only");
        assertEquals(0, DigitSplits.split("1 2 3", 2, 10).splits().size(), "three groups never make two cells");
    }

    @Test
    void keepsOnlyRowsWhoseTotalIsTheSumOfTheApplicantColumns() {
        List<long[]> splits = DigitSplits.split("801000081", 1, 7, true, 100).splits();

        assertEquals(1, splits.size());
        assertArrayEquals(new long[] {80, 1, 0, 0, 0, 0, 81}, splits.get(0));
    }

    @Test
    void findsBothSplitsOfAnAmbiguousRow() {
        List<long[]> splits = DigitSplits.split("110000011", 1, 7, true, 100).splits();

        assertEquals(2, splits.size());
        assertArrayEquals(new long[] {1, 10, 0, 0, 0, 0, 11}, splits.get(0));
        assertArrayEquals(new long[] {11, 0, 0, 0, 0, 0, 11}, splits.get(1));
    }

    @Test
    void respectsTheSplitCapAndSaysSo() {
        DigitSplits.Result r = DigitSplits.split("123456789012345", 5, 10);

        assertTrue(r.capped());
        assertEquals(10, r.splits().size());
    }

    @Test
    void respectsTheStepCapOnAHugeRun() {
        String run = "1".repeat(120);
        long start = System.nanoTime();
        DigitSplits.Result r = DigitSplits.split(run, 25, DigitSplits.MAX_SPLITS);

        assertTrue(r.capped());
        assertTrue(System.nanoTime() - start < 2_000_000_000L, "bounded work");
    }

    @Test
    void findsNoSplitWhenTheRunIsTooShortOrTooLong() {
        assertTrue(DigitSplits.split("123", 1, 7, true, 10).splits().isEmpty());
        assertTrue(DigitSplits.split("1".repeat(60), 1, 7, true, 10).splits().isEmpty());
    }

    @Test
    void rejectsARunWithOtherCharacters() {
        assertThrows(IllegalArgumentException.class, () -> DigitSplits.split("1.5", 2, 10));
    }

    @Test
    void readsFullWidthDigitsAndSpacesOfALine() {
        FlattenedRun run = FlattenedRun.of("一、本年新收政府信息公开申请数量８０　１ 0 0 0 0 81 ");

        assertEquals("一、本年新收政府信息公开申请数量", run.label());
        assertEquals("80 1 0 0 0 0 81", run.digits());
        assertEquals(7, run.groups());
        assertEquals(9, run.digitCount());
    }

    @Test
    void keepsANumberWithADecimalPointAsOneRunThatCannotBeSplit() {
        FlattenedRun run = FlattenedRun.of("行政事业性收费378.42");

        assertEquals("行政事业性收费", run.label());
        assertEquals("378.42", run.raw());
        assertNull(run.digits());
        assertNull(FlattenedRun.of("本年未收取信息处理费。"));
    }
}
