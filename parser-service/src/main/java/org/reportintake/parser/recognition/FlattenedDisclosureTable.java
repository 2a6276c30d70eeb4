package org.reportintake.parser.recognition;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.reportintake.model.report.Cell;
import org.reportintake.model.report.CellOrigin;
import org.reportintake.model.report.ClaimKind;
import org.reportintake.model.report.DisclosureColumn;
import org.reportintake.model.report.DisclosureRow;
import org.reportintake.model.report.DisclosureTable;
import org.reportintake.model.report.DisclosureTable.DisclosureCell;
import org.reportintake.model.report.NarrativeClaim;
import org.reportintake.model.report.ReadingIssue;
import org.reportintake.model.report.ReadingIssueKind;
import org.reportintake.model.report.SectionKind;

/**
 * Recovers table 二 from flattened text: after a 第二十条 / 信息内容 line, rows such as {@code 行政规范性文件7713}.
 * The columns come from the last 信息内容 header line (its column words in the order written), else from the
 * V30 layout (规章/规范性文件: 制发, 废止, 现行有效; 许可/处罚/强制: 处理决定; 收费: 金额).
 * <p>
 * Table 二 has no arithmetic. A run of one cell, or one that can be split only one way (e.g. "000" into three
 * cells), is RECOVERED. A run with several splits is RECOVERED only when the narrative's 规范性文件 制发/废止/现行有效
 * K件 claims single out one split (the unique split matching the most claims); otherwise the cells the splits
 * disagree on are UNCERTAIN with an UNCERTAIN_CELL reading issue listing the splits. A run that is not plain
 * digits (a sign or decimal point) in a row of several cells cannot be split and is UNCERTAIN as a whole. In a V30
 * table, a row not found at all gets UNCERTAIN cells too (never a row the report seems to lack).
 */
final class FlattenedDisclosureTable {

    static final String TABLE = "二";
    private static final int MAX_LABEL_LENGTH = 30;

    /** The table read from the flattened rows and what could not be read with confidence. */
    record Reading(DisclosureTable table, List<ReadingIssue> issues) {
    }

    Reading read(List<FlattenedLine> lines, List<NarrativeClaim> claims) {
        boolean context = false;
        List<DisclosureColumn> header = null;
        Set<DisclosureRow> seen = EnumSet.noneOf(DisclosureRow.class);
        List<DisclosureCell> cells = new ArrayList<>();
        List<ReadingIssue> issues = new ArrayList<>();
        for (FlattenedLine line : lines) {
            String l = line.normalised();
            SectionKind heading = line.heading();
            if (heading != null && heading.ordinal() > SectionKind.ACTIVE_DISCLOSURE.ordinal()) {
                context = false;
            }
            if (l.contains("第二十条")) {
                context = true;
                header = null;
            }
            int content = l.indexOf("信息内容");
            if (content >= 0) {
                context = true;
                header = columns(l.substring(content));
                continue;
            }
            if (!context) {
                continue;
            }
            FlattenedRun run = line.run();
            if (run == null) {
                continue;
            }
            String label = line.label();
            DisclosureRow row = label.length() <= MAX_LABEL_LENGTH ? DisclosureTableRecogniser.row(label) : null;
            if (row == null || !seen.add(row)) {
                continue;
            }
            List<DisclosureColumn> columns = header != null && !header.isEmpty() ? header : defaults(row);
            if (columns.isEmpty()) {
                continue;
            }
            read(row, run, columns, claims, cells, issues);
        }
        if (cells.isEmpty()) {
            return null;
        }
        boolean v30 = cells.stream().allMatch(c -> V30_COLUMNS.contains(c.column()));
        for (DisclosureRow row : V30_ROWS) {
            if (v30 && !seen.contains(row)) {
                // lost in the flattening (a placeholder, the numbers on another line): uncertain, not missing (S6)
                for (DisclosureColumn column : defaults(row)) {
                    cells.add(new DisclosureCell(row, column, row.label(),
                            FlattenedCells.uncertain(TABLE, row.label(), column.label(), "")));
                }
                issues.add(uncertain(row, String.join("、", defaults(row).stream().map(DisclosureColumn::label).toList()),
                        "", List.of()));
            }
        }
        cells.sort((a, b) -> a.row() != b.row() ? a.row().compareTo(b.row()) : a.column().compareTo(b.column()));
        return new Reading(new DisclosureTable(cells), issues);
    }

    private static final List<DisclosureRow> V30_ROWS = List.of(DisclosureRow.REGULATIONS,
            DisclosureRow.NORMATIVE_DOCUMENTS, DisclosureRow.LICENSING, DisclosureRow.PENALTY, DisclosureRow.COERCION,
            DisclosureRow.FEES);
    private static final Set<DisclosureColumn> V30_COLUMNS = EnumSet.of(DisclosureColumn.ISSUED,
            DisclosureColumn.REPEALED, DisclosureColumn.IN_FORCE, DisclosureColumn.DECISIONS, DisclosureColumn.FEE_AMOUNT);

    private static void read(DisclosureRow row, FlattenedRun run, List<DisclosureColumn> columns,
            List<NarrativeClaim> claims, List<DisclosureCell> cells, List<ReadingIssue> issues) {
        String raw = run.raw();
        String rawLabel = run.label();
        if (columns.size() == 1) {
            DisclosureColumn column = columns.get(0);
            Cell read = CellValueReader.read(TABLE, row.label(), column.label(), raw, rule(column), null);
            cells.add(new DisclosureCell(row, column, rawLabel, read.isNumber()
                    ? read.withValue(read.kind(), read.value(), CellOrigin.RECOVERED)
                    : FlattenedCells.uncertain(TABLE, row.label(), column.label(), raw)));
            if (!read.isNumber()) {
                issues.add(uncertain(row, column.label(), raw, List.of()));
            }
            return;
        }
        List<long[]> splits = run.digits() == null ? List.of()
                : DigitSplits.split(run.digits(), columns.size(), DigitSplits.MAX_SPLITS).splits();
        if (splits.size() > 1) {
            splits = confirmedByNarrative(row, columns, splits, claims);
        }
        List<String> uncertainColumns = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            DisclosureColumn column = columns.get(c);
            boolean certain = FlattenedCells.agree(splits, c);
            cells.add(new DisclosureCell(row, column, rawLabel, certain
                    ? FlattenedCells.recovered(TABLE, row.label(), column.label(), raw, splits.get(0)[c])
                    : FlattenedCells.uncertain(TABLE, row.label(), column.label(), raw)));
            if (!certain) {
                uncertainColumns.add(column.label());
            }
        }
        if (!uncertainColumns.isEmpty()) {
            issues.add(uncertain(row, String.join("、", uncertainColumns), raw,
                    FlattenedCells.candidates(splits, 0, columns.size())));
        }
    }

    /** The unique split matching the most claims about 规范性文件 (at least one), else all splits. */
    private static List<long[]> confirmedByNarrative(DisclosureRow row, List<DisclosureColumn> columns,
            List<long[]> splits, List<NarrativeClaim> claims) {
        if (row != DisclosureRow.NORMATIVE_DOCUMENTS) {
            return splits;
        }
        int best = 0;
        List<long[]> kept = new ArrayList<>();
        for (long[] split : splits) {
            int score = 0;
            for (NarrativeClaim claim : claims) {
                int c = columns.indexOf(columnOf(claim.kind()));
                score += c >= 0 && claim.value().signum() >= 0 && claim.value().longValue() == split[c] ? 1 : 0;
            }
            if (score > best) {
                best = score;
                kept.clear();
            }
            if (score == best) {
                kept.add(split);
            }
        }
        return best > 0 && kept.size() == 1 ? kept : splits;
    }

    private static DisclosureColumn columnOf(ClaimKind kind) {
        return switch (kind) {
            case NORMATIVE_DOCUMENTS_ISSUED -> DisclosureColumn.ISSUED;
            case NORMATIVE_DOCUMENTS_REPEALED -> DisclosureColumn.REPEALED;
            case NORMATIVE_DOCUMENTS_IN_FORCE -> DisclosureColumn.IN_FORCE;
            default -> null;
        };
    }

    private static ReadingIssue uncertain(DisclosureRow row, String columns, String raw, List<String> candidates) {
        return new ReadingIssue(ReadingIssueKind.UNCERTAIN_CELL, TABLE, row.label(), columns, raw, candidates,
                "表格单元格边界丢失，“" + row.label() + "”一行的数字串“" + raw + "”无法唯一拆分，正文也未说明，"
                        + columns + "无法确定，需人工核对原表。",
                "The cell boundaries were lost: the run \"" + raw + "\" of row " + row.label()
                        + " has no single split and the text does not state the numbers; " + columns
                        + " cannot be decided. Check the original table.");
    }

    /** The column words of a header line, in the order written. */
    static List<DisclosureColumn> columns(String normalisedHeader) {
        List<DisclosureColumn> out = new ArrayList<>();
        String rest = normalisedHeader;
        String[][] words = {
            {"制发", "ISSUED"}, {"废止", "REPEALED"}, {"现行有效", "IN_FORCE"}, {"本年处理决定", "DECISIONS"},
            {"收费金额", "FEE_AMOUNT"}, {"新制作", "NEWLY_MADE"}, {"新公开", "NEWLY_PUBLISHED"},
            {"公开总数", "TOTAL_PUBLISHED"}, {"上一年项目", "PREVIOUS_YEAR_ITEMS"}, {"增/减", "CHANGE"},
            {"处理决定", "DECISIONS_V60"}, {"采购项目", "PROCUREMENT_ITEMS"}, {"采购总金额", "PROCUREMENT_AMOUNT"},
        };
        int position = 0;
        while (position < rest.length()) {
            int bestAt = -1;
            String[] best = null;
            for (String[] w : words) {
                int at = rest.indexOf(w[0], position);
                if (at >= 0 && (bestAt < 0 || at < bestAt)) {
                    bestAt = at;
                    best = w;
                }
            }
            if (best == null) {
                break;
            }
            out.add(DisclosureColumn.valueOf(best[1]));
            position = bestAt + best[0].length();
        }
        return out;
    }

    private static List<DisclosureColumn> defaults(DisclosureRow row) {
        return switch (row) {
            case REGULATIONS, NORMATIVE_DOCUMENTS ->
                    List.of(DisclosureColumn.ISSUED, DisclosureColumn.REPEALED, DisclosureColumn.IN_FORCE);
            case LICENSING, PENALTY, COERCION -> List.of(DisclosureColumn.DECISIONS);
            case FEES -> List.of(DisclosureColumn.FEE_AMOUNT);
            default -> List.of();
        };
    }

    private static CellValueReader.Rule rule(DisclosureColumn column) {
        return switch (column) {
            case CHANGE -> CellValueReader.Rule.SIGNED_COUNT;
            case FEE_AMOUNT, PROCUREMENT_AMOUNT -> CellValueReader.Rule.MONEY;
            default -> CellValueReader.Rule.COUNT;
        };
    }
}
