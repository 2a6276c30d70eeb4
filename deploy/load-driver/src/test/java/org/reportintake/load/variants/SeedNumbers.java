package org.reportintake.load.variants;

import java.util.ArrayList;
import java.util.List;

import org.reportintake.model.report.ApplicantColumn;
import org.reportintake.model.report.ApplicationRow;
import org.reportintake.model.report.CaseGroup;
import org.reportintake.model.report.CaseOutcome;

/**
 * The cells of tables 三 and 四 of one seed text, as written: the text after the cell's tab, "" for a blank cell.
 * Kept as text so that a variant can plant a cell that is not a number ("-1", "若干").
 *
 * @param rows         the table-三 rows in table order (25 for 30号, 23 for 60号)
 * @param applications per row, the 7 cells 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计
 * @param cases        the 15 cells of table 四: 行政复议, 未经复议直接起诉, 复议后起诉, each 维持, 纠正, 其他, 尚未审结, 总计
 */
public record SeedNumbers(List<ApplicationRow> rows, List<List<String>> applications, List<String> cases) {

    public static final int COLUMNS = ApplicantColumn.values().length;
    public static final int CASE_CELLS = CaseGroup.values().length * CaseOutcome.values().length;

    public SeedNumbers {
        rows = List.copyOf(rows);
        applications = applications.stream().map(List::copyOf).toList();
        cases = List.copyOf(cases);
        if (applications.size() != rows.size() || applications.stream().anyMatch(r -> r.size() != COLUMNS)
                || cases.size() != CASE_CELLS) {
            throw new IllegalArgumentException("table 三 needs 7 cells per row and table 四 15 cells");
        }
    }

    public boolean has(ApplicationRow row) {
        return rows.contains(row);
    }

    public String raw(ApplicationRow row, ApplicantColumn column) {
        return applications.get(index(row)).get(column.ordinal());
    }

    public String raw(CaseGroup group, CaseOutcome outcome) {
        return cases.get(caseIndex(group, outcome));
    }

    /** The count in a cell; a blank cell counts as 0 (as N2 reads it). */
    public int value(ApplicationRow row, ApplicantColumn column) {
        return count(raw(row, column));
    }

    public int value(CaseGroup group, CaseOutcome outcome) {
        return count(raw(group, outcome));
    }

    public SeedNumbers with(ApplicationRow row, ApplicantColumn column, String raw) {
        List<List<String>> changed = new ArrayList<>();
        applications.forEach(r -> changed.add(new ArrayList<>(r)));
        changed.get(index(row)).set(column.ordinal(), raw);
        return new SeedNumbers(rows, changed, cases);
    }

    public SeedNumbers with(ApplicationRow row, ApplicantColumn column, int value) {
        return with(row, column, Integer.toString(value));
    }

    /** Sets a whole row: the seven values as written by hand, 总计 included. */
    public SeedNumbers withRow(ApplicationRow row, int... sevenValues) {
        if (sevenValues.length != COLUMNS) {
            throw new IllegalArgumentException("a table-三 row has 7 cells");
        }
        SeedNumbers changed = this;
        for (ApplicantColumn column : ApplicantColumn.values()) {
            changed = changed.with(row, column, sevenValues[column.ordinal()]);
        }
        return changed;
    }

    public SeedNumbers with(CaseGroup group, CaseOutcome outcome, String raw) {
        List<String> changed = new ArrayList<>(cases);
        changed.set(caseIndex(group, outcome), raw);
        return new SeedNumbers(rows, applications, changed);
    }

    public SeedNumbers with(CaseGroup group, CaseOutcome outcome, int value) {
        return with(group, outcome, Integer.toString(value));
    }

    /** Sets one group of table 四: 维持, 纠正, 其他, 尚未审结, 总计 as written by hand. */
    public SeedNumbers withGroup(CaseGroup group, int... fiveValues) {
        if (fiveValues.length != CaseOutcome.values().length) {
            throw new IllegalArgumentException("a table-四 group has 5 cells");
        }
        SeedNumbers changed = this;
        for (CaseOutcome outcome : CaseOutcome.values()) {
            changed = changed.with(group, outcome, fiveValues[outcome.ordinal()]);
        }
        return changed;
    }

    /** (c) Every table-三 cell that holds 0 left blank, as reports that leave "nothing" cells empty do. */
    public SeedNumbers withZeroApplicationsBlank() {
        List<List<String>> changed = applications.stream()
                .map(row -> row.stream().map(raw -> isZero(raw) ? "" : raw).toList()).toList();
        return new SeedNumbers(rows, changed, cases);
    }

    /** (c) Every table-四 cell that holds 0 left blank. */
    public SeedNumbers withZeroCasesBlank() {
        return new SeedNumbers(rows, applications, cases.stream().map(raw -> isZero(raw) ? "" : raw).toList());
    }

    private static boolean isZero(String raw) {
        return raw.replace('\u00a0', ' ').strip().equals("0");
    }

    private int index(ApplicationRow row) {
        int index = rows.indexOf(row);
        if (index < 0) {
            throw new IllegalArgumentException(row + " is not a row of this table (30号 vs 60号)");
        }
        return index;
    }

    private static int caseIndex(CaseGroup group, CaseOutcome outcome) {
        return group.ordinal() * CaseOutcome.values().length + outcome.ordinal();
    }

    /** Seed cells carry stray no-break spaces ("0\u00a0" in seed 003); a variant may write the unit ("5件"). */
    static int count(String raw) {
        String trimmed = raw.replace('\u00a0', ' ').strip();
        if (trimmed.endsWith("件")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed.isEmpty() ? 0 : Integer.parseInt(trimmed);
    }
}
