package org.reportintake.parser.recognition;

import java.util.ArrayList;
import java.util.List;

/**
 * Enumerates the ways a flattened run of digits can be cut back into a fixed number of cells.
 * <p>
 * A part is a non-negative integer without leading zeros ("0" itself is fine) of at most {@link #MAX_DIGITS}
 * digits; a space in the run is a hard boundary (a spaced group may still be several cells run together).
 * The cells come in groups (table 三: one group of 7 per row; table 四: three groups of 5); for a group whose
 * last cell is its 总计 ({@code lastIsSum}), the total is not enumerated: it must be written as exactly the sum
 * of the group's other cells, which prunes the search at every group end.
 * <p>
 * Bounds: at most {@code maxSplits} splits are returned and at most {@link #MAX_STEPS} search steps are taken;
 * when either bound is reached the result says {@link Result#capped()} and must be treated as ambiguous.
 */
final class DigitSplits {

    /** A count cell longer than this (≥ 10⁸) is not a plausible reading of a report cell. */
    static final int MAX_DIGITS = 8;
    /** Default cap on the splits kept per run. */
    static final int MAX_SPLITS = 10_000;
    /** Cap on the search steps per run (each step tries one part). */
    static final int MAX_STEPS = 200_000;

    /** The splits found; {@code capped} when a bound was reached, so more splits may exist. */
    record Result(List<long[]> splits, boolean capped) {
    }

    private final String digits;
    /** breakAfter[i]: a space separates digit i from digit i + 1. */
    private final boolean[] breakAfter;
    private final int groupSize;
    private final int groups;
    private final boolean lastIsSum;
    private final int maxSplits;
    private final long[] current;
    private final List<long[]> found = new ArrayList<>();
    private int steps;
    private boolean capped;

    private DigitSplits(String digits, boolean[] breakAfter, int groups, int groupSize, boolean lastIsSum,
            int maxSplits) {
        this.digits = digits;
        this.breakAfter = breakAfter;
        this.groups = groups;
        this.groupSize = groupSize;
        this.lastIsSum = lastIsSum;
        this.maxSplits = maxSplits;
        this.current = new long[groups * groupSize];
    }

    /**
     * The splits of {@code run} into {@code groups × groupSize} cells.
     *
     * @param run       ASCII digits and single spaces (see {@link FlattenedRun#digits()})
     * @param lastIsSum each group's last cell must equal the sum of its other cells (rules A3, A4)
     */
    static Result split(String run, int groups, int groupSize, boolean lastIsSum, int maxSplits) {
        StringBuilder digits = new StringBuilder(run.length());
        boolean[] breaks = new boolean[run.length()];
        for (int i = 0; i < run.length(); i++) {
            char c = run.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (c == ' ' && digits.length() > 0) {
                breaks[digits.length() - 1] = true;
            } else if (c != ' ') {
                throw new IllegalArgumentException("not a digit run: " + run);
            }
        }
        DigitSplits search = new DigitSplits(digits.toString(), breaks, groups, groupSize, lastIsSum, maxSplits);
        if (search.digits.length() >= search.current.length) {
            search.part(0, 0, 0);
        }
        return new Result(List.copyOf(search.found), search.capped);
    }

    /** Splits without arithmetic (table 二). */
    static Result split(String run, int cells, int maxSplits) {
        return split(run, 1, cells, false, maxSplits);
    }

    private void part(int cell, int position, long groupSum) {
        if (capped) {
            return;
        }
        int cells = current.length;
        if (cell == cells) {
            if (position == digits.length()) {
                if (found.size() >= maxSplits) {
                    capped = true;
                    return;
                }
                found.add(current.clone());
            }
            return;
        }
        int remainingDigits = digits.length() - position;
        int remainingCells = cells - cell;
        if (remainingDigits < remainingCells || remainingDigits > (long) remainingCells * MAX_DIGITS) {
            return;
        }
        if (++steps > MAX_STEPS) {
            capped = true;
            return;
        }
        boolean groupEnd = (cell + 1) % groupSize == 0;
        if (lastIsSum && groupEnd) {
            String total = Long.toString(groupSum);
            if (digits.startsWith(total, position) && fitsWithoutCrossingABreak(position, total.length())) {
                current[cell] = groupSum;
                part(cell + 1, position + total.length(), 0);
            }
            return;
        }
        int maxLength = Math.min(MAX_DIGITS, remainingDigits - (remainingCells - 1));
        long value = 0;
        for (int length = 1; length <= maxLength; length++) {
            int last = position + length - 1;
            value = value * 10 + (digits.charAt(last) - '0');
            if (length > 1 && digits.charAt(position) == '0') {
                return; // no leading zeros
            }
            current[cell] = value;
            part(cell + 1, position + length, groupEnd ? 0 : groupSum + value);
            if (breakAfter[last]) {
                return; // a part never crosses a space
            }
        }
    }

    private boolean fitsWithoutCrossingABreak(int position, int length) {
        for (int i = position; i < position + length - 1; i++) {
            if (breakAfter[i]) {
                return false;
            }
        }
        return true;
    }
}
