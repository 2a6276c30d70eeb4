package org.reportintake.parser.recognition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.reportintake.model.report.ApplicantColumn;
import org.reportintake.model.report.ApplicationRow;
import org.reportintake.model.report.ApplicationTable;
import org.reportintake.model.report.ApplicationTable.ApplicationCell;
import org.reportintake.model.report.NarrativeClaim;
import org.reportintake.model.report.ReadingIssue;
import org.reportintake.model.report.TemplateVersion;

/**
 * Recovers table 三 from flattened text: one line per row, the row label followed by its seven numbers run
 * together ({@code 一、本年新收政府信息公开申请数量801000081} or {@code … 80 1 0 0 0 0 81}).
 * <p>
 * How:
 * <ol>
 * <li>Each row's run is split into 7 cells by {@link DigitSplits}, keeping only splits where 总计 = the sum of
 * the six applicant columns (A3). A3 is a hard constraint: a row without such a split is FLATTENED_UNSOLVED
 * (its cells uncertain); a row whose splits hit a cap is ambiguous.</li>
 * <li>The rows that still have several splits are chosen together by a backtracking search over the rows, each
 * column's equations A1 (新收 + 上年结转 = （七）总计 + 结转下年) and A2 (（七）总计 = Σ outcome rows) being checked
 * as soon as their last undecided row is chosen. A1/A2 are <em>tie-breakers</em>, not assumptions: when no
 * combination of the rows' splits meets A1 and A2 together (the report itself is inconsistent, e.g. seed 000 with
 * 2 new applications and 总计 0), A2 alone is tried, then A1 alone, then neither, so a family of equations the
 * report breaks never forces a split; the cells it cannot decide stay uncertain (NEEDS_REVIEW) and the validator
 * checks the report's own arithmetic on the recovered cells. An equation only takes part when every row it names
 * has a usable run.</li>
 * <li>When several combinations survive, the narrative's numbers (收到/新收/上年结转/结转下年/办结/予以公开 X件)
 * break the tie: the combinations matching the most claims are kept (ignored when none matches).</li>
 * <li>A cell on which every survivor agrees is RECOVERED; one that differs is UNCERTAIN (no value) and its row
 * gets a FLATTENED_AMBIGUOUS reading issue listing the row's surviving splits.</li>
 * <li>A row of the table without a usable run (no numbers, a placeholder, too few digits, or not found) has
 * UNCERTAIN cells and a FLATTENED_UNSOLVED issue, so that it never reads as a row the report lacks.</li>
 * </ol>
 * Bounds: {@link DigitSplits#MAX_SPLITS} splits and {@link DigitSplits#MAX_STEPS} steps per run,
 * {@link #MAX_SEARCH_STEPS} steps and {@link #MAX_SURVIVORS} survivors for the search over rows; when the
 * search hits a bound, the equations are not used and the rows' own splits decide (ambiguous if several).
 */
final class FlattenedApplicationTable {

    static final String TABLE = "三";
    /** Fewer flattened rows than this are not taken for a table. */
    static final int MIN_ROWS = 3;
    static final int MAX_SEARCH_STEPS = 100_000;
    static final int MAX_SURVIVORS = 2_000;
    private static final int MAX_LABEL_LENGTH = 120;
    private static final ApplicantColumn[] COLUMNS = ApplicantColumn.values();
    private static final int TOTAL_COLUMN = COLUMNS.length - 1;

    /** The table read from the flattened lines and what could not be read with confidence. */
    record Reading(ApplicationTable table, List<ReadingIssue> issues) {
    }

    /** One row: its run, its A3 splits and whether the split search was capped. */
    private record Row(ApplicationRow row, FlattenedRun run, List<long[]> splits, boolean capped) {

        boolean solvable() {
            return !splits.isEmpty() && !capped;
        }
    }

    /** Σ coefficient × value(row, column) = 0 over the given row positions. */
    private record Equation(int[] rows, int[] coefficients, int column) {
    }

    /** The flattened table 三 in {@code lines}, or null when the lines hold no such table. */
    Reading read(List<FlattenedLine> lines, List<NarrativeClaim> claims) {
        ApplicationTableRecogniser.RowLabels labels = new ApplicationTableRecogniser.RowLabels();
        Map<ApplicationRow, FlattenedRun> runs = new EnumMap<>(ApplicationRow.class);
        Map<ApplicationRow, String> unreadable = new EnumMap<>(ApplicationRow.class);
        for (FlattenedLine line : lines) {
            FlattenedRun run = line.run();
            String label = line.label();
            if (label.isEmpty() || label.length() > MAX_LABEL_LENGTH || label.contains("。")) {
                continue;
            }
            ApplicationRow row = labels.next(label);
            if (row == null || runs.containsKey(row)) {
                continue;
            }
            if (run != null && run.digits() != null && run.digitCount() >= COLUMNS.length
                    && run.groups() <= COLUMNS.length) {
                runs.put(row, run);
                unreadable.remove(row);
            } else if (run != null || !unreadable.containsKey(row)) {
                unreadable.put(row, run == null ? "" : run.raw());
            }
        }
        if (runs.size() < MIN_ROWS) {
            return null;
        }
        Reading reading = solve(runs, EnumSet.noneOf(ApplicationRow.class), claims);
        TemplateVersion version = runs.containsKey(ApplicationRow.OTHER_HANDLING_V60)
                || unreadable.containsKey(ApplicationRow.OTHER_HANDLING_V60) ? TemplateVersion.V60 : TemplateVersion.V30;
        return withUnreadRows(reading, runs.keySet(), unreadable, version);
    }

    /**
     * Every row of the table that has no usable run (written without numbers, with a placeholder or too few
     * digits, or not found at all) as UNCERTAIN cells with a FLATTENED_UNSOLVED issue: a row lost in the flattening
     * is our reading problem, not a row the report lacks, and must not read as a missing row (S4).
     */
    private static Reading withUnreadRows(Reading reading, Set<ApplicationRow> read, Map<ApplicationRow, String> unreadable,
            TemplateVersion version) {
        List<ApplicationCell> cells = new ArrayList<>(reading.table().cells());
        List<ReadingIssue> issues = new ArrayList<>(reading.issues());
        for (ApplicationRow row : ApplicationRow.rowsOf(version)) {
            if (read.contains(row)) {
                continue;
            }
            String raw = unreadable.getOrDefault(row, "");
            for (ApplicantColumn column : COLUMNS) {
                cells.add(new ApplicationCell(row, column, FlattenedCells.uncertain(TABLE, row.label(), column.label(), raw)));
            }
            issues.add(unreadable.containsKey(row)
                    ? FlattenedCells.unsolved(TABLE, row.label(), raw, "不是7个单元格的数字", "does not hold the row's 7 numbers")
                    : FlattenedCells.rowNotFound(TABLE, row.label()));
        }
        cells.sort((a, b) -> a.row() != b.row() ? a.row().compareTo(b.row()) : a.column().compareTo(b.column()));
        return new Reading(new ApplicationTable(cells), issues);
    }

    private Reading solve(Map<ApplicationRow, FlattenedRun> runs, Set<ApplicationRow> blankRows,
            List<NarrativeClaim> claims) {
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<ApplicationRow, FlattenedRun> e : runs.entrySet()) {
            DigitSplits.Result r = DigitSplits.split(e.getValue().digits(), 1, COLUMNS.length, true,
                    DigitSplits.MAX_SPLITS);
            rows.add(new Row(e.getKey(), e.getValue(), r.splits(), r.capped()));
        }
        TemplateVersion version = runs.containsKey(ApplicationRow.OTHER_HANDLING_V60) ? TemplateVersion.V60
                : TemplateVersion.V30;
        List<Equation> a1 = new ArrayList<>();
        List<Equation> a2 = new ArrayList<>();
        equations(rows, blankRows, version, a1, a2);
        List<Integer> choiceRows = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).solvable() && rows.get(i).splits().size() > 1) {
                choiceRows.add(i);
            }
        }
        List<int[]> survivors = null;
        if (!choiceRows.isEmpty()) {
            // A1 and A2 together; when no combination meets them (the report is inconsistent) or the search hits a
            // bound, A2 alone, then A1 alone; else none (every combination, for the claims to choose from).
            List<Equation> both = new ArrayList<>(a1);
            both.addAll(a2);
            List<List<Equation>> tries = new ArrayList<>();
            for (List<Equation> family : List.of(both, a2, a1)) {
                if (!family.isEmpty()) {
                    tries.add(family);
                }
            }
            tries.add(List.of());
            for (List<Equation> equations : tries) {
                List<int[]> found = new Search(rows, choiceRows).run(equations);
                if (found != null && !found.isEmpty()) {
                    survivors = found;
                    break;
                }
            }
        }
        if (survivors != null && survivors.size() > 1) {
            survivors = byClaims(survivors, rows, choiceRows, claims);
        }
        return cells(rows, choiceRows, survivors);
    }

    /** The A1 and A2 equations, one per column, each only when every row it names was found. */
    private static void equations(List<Row> rows, Set<ApplicationRow> blankRows, TemplateVersion version,
            List<Equation> a1Out, List<Equation> a2Out) {
        Map<ApplicationRow, Integer> index = new EnumMap<>(ApplicationRow.class);
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).solvable()) {
                index.put(rows.get(i).row(), i);
            }
        }
        List<ApplicationRow> a1 = List.of(ApplicationRow.NEW_RECEIVED, ApplicationRow.CARRIED_FROM_PREVIOUS_YEAR,
                ApplicationRow.TOTAL, ApplicationRow.CARRIED_TO_NEXT_YEAR);
        if (index.keySet().containsAll(a1)) {
            for (int c = 0; c < COLUMNS.length; c++) {
                a1Out.add(new Equation(positions(index, a1), new int[] {1, 1, -1, -1}, c));
            }
        }
        List<ApplicationRow> outcomes = new ArrayList<>();
        boolean complete = index.containsKey(ApplicationRow.TOTAL);
        for (ApplicationRow r : ApplicationRow.rowsOf(version)) {
            if (r.group() == ApplicationRow.Group.OUTCOME) {
                if (index.containsKey(r)) {
                    outcomes.add(r);
                } else if (!blankRows.contains(r)) {
                    complete = false;
                }
            }
        }
        if (complete) {
            List<ApplicationRow> a2 = new ArrayList<>();
            a2.add(ApplicationRow.TOTAL);
            a2.addAll(outcomes);
            int[] coefficients = new int[a2.size()];
            coefficients[0] = 1;
            for (int i = 1; i < coefficients.length; i++) {
                coefficients[i] = -1;
            }
            for (int c = 0; c < COLUMNS.length; c++) {
                a2Out.add(new Equation(positions(index, a2), coefficients, c));
            }
        }
    }

    private static int[] positions(Map<ApplicationRow, Integer> index, List<ApplicationRow> rows) {
        int[] out = new int[rows.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = index.get(rows.get(i));
        }
        return out;
    }

    /** Backtracking over the rows with several splits; an equation is checked once all its rows are chosen. */
    private static final class Search {

        private final List<Row> rows;
        private final List<Integer> choiceRows;
        /** chosen[rowPosition] = split index (fixed rows: 0). */
        private final int[] chosen;
        private final List<int[]> survivors = new ArrayList<>();
        private List<List<Equation>> checkAt;
        private List<Equation> upfront;
        private int steps;
        private boolean capped;

        Search(List<Row> rows, List<Integer> choiceRows) {
            this.rows = rows;
            this.choiceRows = choiceRows;
            this.chosen = new int[rows.size()];
        }

        /** The surviving choices (split index per choice row), or null when a bound was hit. */
        List<int[]> run(List<Equation> equations) {
            int[] depthOf = new int[rows.size()];
            Arrays.fill(depthOf, -1);
            for (int d = 0; d < choiceRows.size(); d++) {
                depthOf[choiceRows.get(d)] = d;
            }
            checkAt = new ArrayList<>();
            for (int d = 0; d < choiceRows.size(); d++) {
                checkAt.add(new ArrayList<>());
            }
            upfront = new ArrayList<>();
            for (Equation eq : equations) {
                int last = -1;
                for (int r : eq.rows()) {
                    last = Math.max(last, depthOf[r]);
                }
                (last < 0 ? upfront : checkAt.get(last)).add(eq);
            }
            for (Equation eq : upfront) {
                if (!holds(eq)) {
                    return List.of();
                }
            }
            choose(0);
            return capped ? null : survivors;
        }

        private void choose(int depth) {
            if (capped) {
                return;
            }
            if (depth == choiceRows.size()) {
                if (survivors.size() >= MAX_SURVIVORS) {
                    capped = true;
                    return;
                }
                int[] choice = new int[choiceRows.size()];
                for (int d = 0; d < choice.length; d++) {
                    choice[d] = chosen[choiceRows.get(d)];
                }
                survivors.add(choice);
                return;
            }
            int row = choiceRows.get(depth);
            for (int s = 0; s < rows.get(row).splits().size(); s++) {
                if (++steps > MAX_SEARCH_STEPS) {
                    capped = true;
                    return;
                }
                chosen[row] = s;
                boolean ok = true;
                for (Equation eq : checkAt.get(depth)) {
                    if (!holds(eq)) {
                        ok = false;
                        break;
                    }
                }
                if (ok) {
                    choose(depth + 1);
                }
            }
        }

        private boolean holds(Equation eq) {
            long sum = 0;
            for (int i = 0; i < eq.rows().length; i++) {
                int r = eq.rows()[i];
                sum += eq.coefficients()[i] * rows.get(r).splits().get(chosen[r])[eq.column()];
            }
            return sum == 0;
        }
    }

    /** Keeps the survivors that match the most narrative claims (all of them when none matches any). */
    private static List<int[]> byClaims(List<int[]> survivors, List<Row> rows, List<Integer> choiceRows,
            List<NarrativeClaim> claims) {
        int best = 0;
        List<int[]> kept = new ArrayList<>();
        for (int[] choice : survivors) {
            int score = 0;
            for (NarrativeClaim claim : claims) {
                score += matches(claim, choice, rows, choiceRows) ? 1 : 0;
            }
            if (score > best) {
                best = score;
                kept.clear();
            }
            if (score == best) {
                kept.add(choice);
            }
        }
        return best == 0 ? survivors : kept;
    }

    private static boolean matches(NarrativeClaim claim, int[] choice, List<Row> rows, List<Integer> choiceRows) {
        long value;
        try {
            value = claim.value().longValueExact();
        } catch (ArithmeticException e) {
            return false;
        }
        Long newReceived = total(ApplicationRow.NEW_RECEIVED, choice, rows, choiceRows);
        Long previous = total(ApplicationRow.CARRIED_FROM_PREVIOUS_YEAR, choice, rows, choiceRows);
        return switch (claim.kind()) {
            case APPLICATIONS_NEW -> equal(newReceived, value);
            case APPLICATIONS_RECEIVED -> equal(newReceived, value)
                    || newReceived != null && previous != null && newReceived + previous == value;
            case APPLICATIONS_CARRIED_FROM_PREVIOUS_YEAR -> equal(previous, value);
            case APPLICATIONS_CARRIED_TO_NEXT_YEAR ->
                    equal(total(ApplicationRow.CARRIED_TO_NEXT_YEAR, choice, rows, choiceRows), value);
            case APPLICATIONS_HANDLED -> equal(total(ApplicationRow.TOTAL, choice, rows, choiceRows), value);
            case APPLICATIONS_DISCLOSED -> equal(total(ApplicationRow.DISCLOSED, choice, rows, choiceRows), value);
            default -> false;
        };
    }

    private static boolean equal(Long a, long b) {
        return a != null && a == b;
    }

    private static Long total(ApplicationRow row, int[] choice, List<Row> rows, List<Integer> choiceRows) {
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            if (r.row() == row && r.solvable()) {
                int d = choiceRows.indexOf(i);
                return r.splits().get(d < 0 ? 0 : choice[d])[TOTAL_COLUMN];
            }
        }
        return null;
    }

    private static Reading cells(List<Row> rows, List<Integer> choiceRows, List<int[]> survivors) {
        List<ApplicationCell> cells = new ArrayList<>();
        List<ReadingIssue> issues = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            String label = row.row().label();
            String raw = row.run().raw();
            if (row.splits().isEmpty() && !row.capped()) {
                for (ApplicantColumn column : COLUMNS) {
                    cells.add(new ApplicationCell(row.row(), column,
                            FlattenedCells.uncertain(TABLE, label, column.label(), raw)));
                }
                issues.add(FlattenedCells.unsolved(TABLE, label, raw, "拆成7个单元格后没有一种满足“总计=各列之和”",
                        "has no split into 7 cells whose 总计 is the sum of the applicant columns"));
                continue;
            }
            List<long[]> kept = keptSplits(row, i, choiceRows, survivors);
            List<String> ambiguousColumns = new ArrayList<>();
            for (int c = 0; c < COLUMNS.length; c++) {
                ApplicantColumn column = COLUMNS[c];
                boolean certain = !row.capped() && FlattenedCells.agree(kept, c);
                cells.add(new ApplicationCell(row.row(), column, certain
                        ? FlattenedCells.recovered(TABLE, label, column.label(), raw, kept.get(0)[c])
                        : FlattenedCells.uncertain(TABLE, label, column.label(), raw)));
                if (!certain) {
                    ambiguousColumns.add(column.label());
                }
            }
            if (!ambiguousColumns.isEmpty()) {
                issues.add(FlattenedCells.ambiguous(TABLE, label, String.join("、", ambiguousColumns), raw,
                        FlattenedCells.candidates(kept, 0, COLUMNS.length), row.capped()));
            }
        }
        cells.sort((a, b) -> a.row() != b.row() ? a.row().compareTo(b.row()) : a.column().compareTo(b.column()));
        return new Reading(new ApplicationTable(cells), issues);
    }

    /** The row's splits used by some survivor (all its splits when there are no survivors to go by). */
    private static List<long[]> keptSplits(Row row, int position, List<Integer> choiceRows, List<int[]> survivors) {
        int d = choiceRows.indexOf(position);
        if (survivors == null || d < 0) {
            return row.splits();
        }
        boolean[] used = new boolean[row.splits().size()];
        for (int[] choice : survivors) {
            used[choice[d]] = true;
        }
        List<long[]> kept = new ArrayList<>();
        for (int s = 0; s < used.length; s++) {
            if (used[s]) {
                kept.add(row.splits().get(s));
            }
        }
        return kept;
    }
}
