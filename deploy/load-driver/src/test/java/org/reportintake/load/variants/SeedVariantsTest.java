package org.reportintake.load.variants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reportintake.load.SeedCorpus;
import org.reportintake.model.report.ApplicantColumn;
import org.reportintake.model.report.ApplicationRow;
import org.reportintake.model.report.CaseGroup;
import org.reportintake.model.report.CaseOutcome;

/** The variant generator itself: it reads and writes the seed layout by position, and its sound variants add up. */
class SeedVariantsTest {

    @Test
    void tableThreeAndFourAreReadByPositionAsTheSeedWritesThem() {
        SeedNumbers seed002 = SeedText.of(SeedVariants.seedText(SeedVariants.SEED_002)).numbers();
        assertEquals(25, seed002.rows().size());
        assertEquals(20, seed002.value(ApplicationRow.NEW_RECEIVED, ApplicantColumn.NATURAL_PERSON));
        assertEquals(1, seed002.value(ApplicationRow.CARRIED_FROM_PREVIOUS_YEAR, ApplicantColumn.TOTAL));
        assertEquals(16, seed002.value(ApplicationRow.DISCLOSED, ApplicantColumn.NATURAL_PERSON));
        assertEquals(5, seed002.value(ApplicationRow.UNAVAILABLE_NOT_HELD, ApplicantColumn.TOTAL));
        assertEquals(21, seed002.value(ApplicationRow.TOTAL, ApplicantColumn.NATURAL_PERSON));

        SeedNumbers seed000 = SeedText.of(SeedVariants.seedText(SeedVariants.SEED_000)).numbers();
        assertEquals(2, seed000.value(ApplicationRow.NEW_RECEIVED, ApplicantColumn.TOTAL));
        assertEquals(0, seed000.value(ApplicationRow.TOTAL, ApplicantColumn.TOTAL));

        SeedNumbers seed004 = SeedText.of(SeedVariants.seedText(SeedVariants.SEED_004)).numbers();
        assertEquals(1, seed004.value(ApplicationRow.WITHHELD_INTERNAL_AFFAIRS, ApplicantColumn.NATURAL_PERSON));
        assertEquals(List.of("0", "1", "0", "0", "1"), seed004.cases().subList(0, 5));
    }

    @Test
    void sixtyFormatTableHasTwentyThreeRowsAndItsBlankCellsReadAsEmpty() {
        SeedNumbers seed001 = SeedText.of(SeedVariants.seedText(SeedVariants.SEED_001)).numbers();
        assertEquals(23, seed001.rows().size());
        assertTrue(seed001.has(ApplicationRow.OTHER_HANDLING_V60));
        assertEquals(List.of("48", "0", "0", "", "0", "", "48"),
                seed001.applications().get(seed001.rows().indexOf(ApplicationRow.DISCLOSED)));
        assertEquals(List.of("1", "0", "10", "1", "12"), seed001.cases().subList(0, 5));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void writingASeedsOwnNumbersBackLeavesItsTextUnchanged(String seed) {
        String text = SeedVariants.seedText(seed);
        SeedText located = SeedText.of(text);
        assertEquals(text, located.with(located.numbers()));
    }

    @Test
    void writtenCellIsReadBackAndNoOtherLineChanges() {
        String text = SeedVariants.seedText(SeedVariants.SEED_002);
        SeedText located = SeedText.of(text);
        String changed = located.with(located.numbers()
                .with(ApplicationRow.NOT_HANDLED_REPEATED, ApplicantColumn.RESEARCH_INSTITUTION, 7)
                .with(CaseGroup.LITIGATION_AFTER_REVIEW, CaseOutcome.PENDING, 3));
        SeedNumbers read = SeedText.of(changed).numbers();
        assertEquals(7, read.value(ApplicationRow.NOT_HANDLED_REPEATED, ApplicantColumn.RESEARCH_INSTITUTION));
        assertEquals(3, read.value(CaseGroup.LITIGATION_AFTER_REVIEW, CaseOutcome.PENDING));
        assertEquals(List.of("\t7", "\t3"), changedLines(text, changed));
    }

    @Test
    void blankCellIsWrittenAsTheSeedsEmptyTabLine() {
        String text = SeedVariants.seedText(SeedVariants.SEED_003);
        SeedText located = SeedText.of(text);
        String changed = located.with(located.numbers().with(ApplicationRow.DISCLOSED, ApplicantColumn.OTHER, ""));
        assertEquals(List.of("\t"), changedLines(text, changed));
        assertEquals("", SeedText.of(changed).numbers().raw(ApplicationRow.DISCLOSED, ApplicantColumn.OTHER));
    }

    @Test
    void blankTotalsLayoutKeepsOnlyTheNewAndTotalRowsTotals() {
        SeedNumbers blanked = SeedText.of(Layouts.BLANK_TOTALS.apply(SeedVariants.seedText(SeedVariants.SEED_002)))
                .numbers();
        assertEquals("20", blanked.raw(ApplicationRow.NEW_RECEIVED, ApplicantColumn.TOTAL));
        assertEquals("21", blanked.raw(ApplicationRow.TOTAL, ApplicantColumn.TOTAL));
        assertEquals("", blanked.raw(ApplicationRow.CARRIED_FROM_PREVIOUS_YEAR, ApplicantColumn.TOTAL));
        assertEquals("", blanked.raw(ApplicationRow.DISCLOSED, ApplicantColumn.TOTAL));
        assertEquals("16", blanked.raw(ApplicationRow.DISCLOSED, ApplicantColumn.NATURAL_PERSON));
        long blankTotals = blanked.rows().stream().filter(row -> blanked.raw(row, ApplicantColumn.TOTAL).isEmpty())
                .count();
        assertEquals(23, blankTotals);
    }

    @Test
    void blankTotalColumnLayoutBlanksEveryTotalOfTableThreeAndNothingElse() {
        String text = SeedVariants.seedText(SeedVariants.SEED_004);
        String blanked = Layouts.BLANK_TOTAL_COLUMN.apply(text);
        assertEquals(25, changedLines(text, blanked).size());
        assertTrue(changedLines(text, blanked).stream().allMatch("\t"::equals));
        SeedNumbers numbers = SeedText.of(blanked).numbers();
        assertTrue(numbers.rows().stream().allMatch(row -> numbers.raw(row, ApplicantColumn.TOTAL).isEmpty()));
        assertEquals(2, numbers.value(ApplicationRow.NEW_RECEIVED, ApplicantColumn.NATURAL_PERSON));
    }

    @Test
    void zeroCellsAreBlankedAndOtherCellsKept() {
        SeedNumbers seed004 = SeedText.of(SeedVariants.seedText(SeedVariants.SEED_004)).numbers()
                .withZeroApplicationsBlank().withZeroCasesBlank();
        assertEquals(List.of("2", "", "", "", "", "", "2"), seed004.applications().get(0));
        assertEquals(List.of("", "1", "", "", "1"), seed004.cases().subList(0, 5));
        assertTrue(seed004.cases().subList(5, 15).stream().allMatch(String::isEmpty));
    }

    @Test
    void everySoundVariantAddsUpByTheVariantsOwnArithmetic() {
        for (Variant variant : SeedVariants.consistent()) {
            assertEquals(List.of(), Arithmetic.violations(SeedText.of(variant.text()).numbers()), variant.toString());
        }
    }

    @Test
    void drawnVariantsHaveApplicationsAndCases() {
        List<Variant> drawn = SeedVariants.consistent().stream().filter(v -> v.name().startsWith("drawn")).toList();
        assertEquals(10, drawn.size());
        assertEquals(8, SeedVariants.consistent().size() - drawn.size(), "hand-written sound variants");
        for (Variant variant : drawn) {
            SeedNumbers numbers = SeedText.of(variant.text()).numbers();
            assertTrue(numbers.value(ApplicationRow.TOTAL, ApplicantColumn.TOTAL) > 0, variant.toString());
        }
        assertTrue(drawn.stream().map(v -> SeedText.of(v.text()).numbers().cases())
                .anyMatch(cases -> cases.stream().anyMatch(c -> !c.equals("0"))), "some drawn table 四 has cases");
        assertEquals(drawn.size(), drawn.stream().map(Variant::text).distinct().count(), "drawn variants differ");
    }

    /** The hand-written expectations agree with the variants' own arithmetic (N1 plants have no value to add). */
    @Test
    void everyPlantedArithmeticErrorBreaksExactlyTheRelationsItsExpectationNames() {
        for (Variant variant : SeedVariants.inconsistent()) {
            if (variant.rejections().stream().anyMatch(e -> e.ruleId().equals("N1"))) {
                continue;
            }
            Set<String> expected = variant.rejections().stream()
                    .map(e -> e.ruleId() + " " + (e.ruleId().equals("A1") || e.ruleId().equals("A2")
                            ? e.columnLabel() : e.rowLabel()))
                    .collect(Collectors.toSet());
            Set<String> broken = Set.copyOf(Arithmetic.violations(SeedText.of(variant.text()).numbers()));
            assertEquals(expected, broken, variant.toString());
        }
    }

    @Test
    void thereAreAtLeastTenOfEachKind() {
        assertTrue(SeedVariants.consistent().size() >= 10);
        assertTrue(SeedVariants.inconsistent().size() >= 10);
        assertTrue(SeedVariants.inconsistent().stream().noneMatch(Variant::sound));
        Set<String> names = new HashSet<>();
        SeedVariants.inconsistent().forEach(v -> assertTrue(names.add(v.fileName()), "unique " + v));
    }

    static Stream<String> seeds() {
        return SeedCorpus.SEEDS.stream();
    }

    private static List<String> changedLines(String before, String after) {
        String[] a = before.split("\n", -1);
        String[] b = after.split("\n", -1);
        assertEquals(a.length, b.length);
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < a.length; i++) {
            if (!a[i].equals(b[i])) {
                changed.add(b[i]);
            }
        }
        return changed;
    }
}
