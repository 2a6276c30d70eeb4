package org.reportintake.parser.recognition;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.reportintake.model.report.Cell;
import org.reportintake.model.report.CellKind;
import org.reportintake.model.report.CellOrigin;
import org.reportintake.model.report.ReadingIssue;
import org.reportintake.model.report.ReadingIssueKind;

/**
 * Cells and reading issues of a flattened table, shared by the three flattened-table readers.
 * <p>
 * Decision for an uncertain cell: it carries no value ({@link CellKind#UNPARSEABLE}, value null,
 * {@link CellOrigin#UNCERTAIN}, raw = the whole run), never the first candidate, so that no arithmetic can be
 * done with a number we did not read; the possible values are listed in the {@link ReadingIssue} instead.
 */
final class FlattenedCells {

    /** At most this many candidate splits are listed in one reading issue. */
    static final int LISTED_CANDIDATES = 20;

    private FlattenedCells() {
    }

    static Cell recovered(String table, String row, String column, String raw, long value) {
        return new Cell(table, row, column, raw, CellKind.INTEGER, BigDecimal.valueOf(value), CellOrigin.RECOVERED);
    }

    static Cell uncertain(String table, String row, String column, String raw) {
        return new Cell(table, row, column, raw, CellKind.UNPARSEABLE, null, CellOrigin.UNCERTAIN);
    }

    /** "80,1,0,0,0,0,81" for one split, or the slice {@code from..to} of it. */
    static String format(long[] split, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from) {
                sb.append(',');
            }
            sb.append(split[i]);
        }
        return sb.toString();
    }

    /** The distinct splits (or slices), listed up to {@link #LISTED_CANDIDATES}. */
    static List<String> candidates(List<long[]> splits, int from, int to) {
        Set<String> out = new LinkedHashSet<>();
        for (long[] split : splits) {
            if (out.size() >= LISTED_CANDIDATES) {
                break;
            }
            out.add(format(split, from, to));
        }
        return new ArrayList<>(out);
    }

    /** True when every split has the same value at {@code index}. */
    static boolean agree(List<long[]> splits, int index) {
        for (long[] split : splits) {
            if (split[index] != splits.get(0)[index]) {
                return false;
            }
        }
        return !splits.isEmpty();
    }

    static ReadingIssue ambiguous(String table, String row, String columns, String raw, List<String> candidates,
            boolean capped) {
        String more = capped ? "（可能的拆分过多，仅列出部分）" : "";
        String moreEn = capped ? " (too many splits; only some are listed)" : "";
        return new ReadingIssue(ReadingIssueKind.FLATTENED_AMBIGUOUS, table, row, columns, raw, candidates,
                "表格单元格边界丢失，数字串“" + raw + "”有多种符合表内勾稽关系的拆分方式，" + columns + "无法确定" + more
                        + "，需人工核对原表。",
                "The cell boundaries were lost: the run \"" + raw + "\" has several splits that satisfy the table's "
                        + "arithmetic; " + columns + " cannot be decided" + moreEn + ". Check the original table.");
    }

    static ReadingIssue unsolved(String table, String row, String raw, String why, String whyEn) {
        return new ReadingIssue(ReadingIssueKind.FLATTENED_UNSOLVED, table, row, null, raw, List.of(),
                "表格单元格边界丢失，数字串“" + raw + "”" + why + "，无法还原各单元格数值，需人工核对原表。",
                "The cell boundaries were lost and the run \"" + raw + "\" " + whyEn
                        + ", so the cells cannot be recovered. Check the original table.");
    }

    static ReadingIssue rowNotFound(String table, String row) {
        return new ReadingIssue(ReadingIssueKind.FLATTENED_UNSOLVED, table, row, null, null, List.of(),
                "表格单元格边界丢失，在文本中未找到“" + row + "”一行的数字，需人工核对原表。",
                "The cell boundaries were lost and the numbers of row " + row
                        + " were not found in the text. Check the original table.");
    }
}
