package org.reportintake.intake.portal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.reportintake.intake.api.FindingView;
import org.reportintake.model.event.Severity;
import org.reportintake.model.report.ApplicantColumn;
import org.reportintake.model.report.ApplicationRow;
import org.reportintake.model.report.CaseGroup;
import org.reportintake.model.report.CaseOutcome;
import org.reportintake.model.report.DisclosureColumn;
import org.reportintake.model.report.DisclosureRow;
import org.reportintake.model.report.TemplateVersion;

import io.quarkus.qute.TemplateData;

/**
 * Lays out the report's tables 三, 二 and 四 as empty grids with the canonical labels of {@code report-model}, and puts
 * each finding into the cells its location names: both labels name one cell, a column label alone a whole column,
 * a row label alone a whole row. The first cell a finding covers carries its message and fix-it hint.
 */
public final class ReportGrids {

    private static final String REVIEW = Severity.REVIEW.name();
    private static final String REJECT = Severity.REJECT.name();

    private ReportGrids() {
    }

    /** The grids plus the findings that name no cell (section-level findings, unknown labels). */
    @TemplateData
    public record Layout(List<Grid> grids, List<FindingView> unplaced) {
    }

    /** One table. */
    @TemplateData
    public record Grid(String table, String title, List<Block> blocks) {
    }

    /**
     * A header and its rows; table 二 has one block per 第二十条 item.
     *
     * @param groups a header row above the column labels (label and span), empty when there is none
     */
    @TemplateData
    public record Block(String caption, List<Group> groups, List<String> columns, List<Row> rows) {
    }

    /** A spanning header. */
    @TemplateData
    public record Group(String label, int span) {
    }

    /** A data row. */
    @TemplateData
    public record Row(String label, List<Cell> cells) {
    }

    /**
     * One cell; {@code findings} are those whose callout sits here. {@code mark} is its CSS class after the most
     * serious finding covering it: "flagged" for a REJECT, "warned" for a WARN or INFO, "review" when only REVIEW
     * findings cover it (nothing in it is known to be wrong), empty otherwise.
     */
    @TemplateData
    public static final class Cell {
        private final String rowLabel;
        private final String columnLabel;
        private final Set<String> rowKeys;
        private final Set<String> columnKeys;
        private boolean highlighted;
        private boolean rejected;
        private boolean underReview;
        private final List<FindingView> findings = new ArrayList<>();

        Cell(String rowLabel, String columnLabel, Set<String> rowKeys, Set<String> columnKeys) {
            this.rowLabel = rowLabel;
            this.columnLabel = columnLabel;
            this.rowKeys = rowKeys;
            this.columnKeys = columnKeys;
        }

        public String getRowLabel() {
            return rowLabel;
        }

        public String getColumnLabel() {
            return columnLabel;
        }

        public boolean isHighlighted() {
            return highlighted;
        }

        public boolean isUnderReview() {
            return underReview && !highlighted;
        }

        public String getMark() {
            if (rejected) {
                return "flagged";
            }
            if (highlighted) {
                return "warned";
            }
            return underReview ? "review" : "";
        }

        public List<FindingView> getFindings() {
            return findings;
        }

        boolean covers(String row, String column) {
            return (row == null || rowKeys.contains(row)) && (column == null || columnKeys.contains(column));
        }
    }

    public static Layout of(List<FindingView> findings) {
        List<Grid> grids = List.of(tableThree(), tableTwo(), tableFour());
        List<FindingView> unplaced = new ArrayList<>();
        for (FindingView f : findings) {
            if (!place(f, grids)) {
                unplaced.add(f);
            }
        }
        return new Layout(grids, unplaced);
    }

    private static boolean place(FindingView f, List<Grid> grids) {
        if (f.location() == null || (f.location().rowLabel() == null && f.location().columnLabel() == null)) {
            return false;
        }
        String table = normaliseTable(f.location().table());
        String row = clean(f.location().rowLabel());
        String column = clean(f.location().columnLabel());
        boolean placed = false;
        for (Grid grid : grids) {
            if (table != null && !grid.table().equals(table)) {
                continue;
            }
            for (Block block : grid.blocks()) {
                for (Row r : block.rows()) {
                    for (Cell cell : r.cells()) {
                        if (cell.covers(row, column)) {
                            if (REVIEW.equals(f.severity())) {
                                cell.underReview = true;
                            } else {
                                cell.highlighted = true;
                                cell.rejected |= REJECT.equals(f.severity());
                            }
                            if (!placed) {
                                cell.findings.add(f);
                                placed = true;
                            }
                        }
                    }
                }
            }
            if (placed) {
                return true;
            }
        }
        return placed;
    }

    private static String normaliseTable(String table) {
        String t = clean(table);
        if (t == null) {
            return null;
        }
        t = t.replace("表", "");
        return switch (t) {
            case "2" -> "二";
            case "3" -> "三";
            case "4" -> "四";
            default -> t.length() > 1 ? t.substring(0, 1) : t;
        };
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Grid tableThree() {
        List<String> columns = new ArrayList<>();
        for (ApplicantColumn c : ApplicantColumn.values()) {
            columns.add(c.label());
        }
        List<Row> rows = new ArrayList<>();
        for (ApplicationRow r : ApplicationRow.rowsOf(TemplateVersion.V30)) {
            List<Cell> cells = new ArrayList<>();
            for (ApplicantColumn c : ApplicantColumn.values()) {
                cells.add(new Cell(r.label(), c.label(), Set.of(r.label(), r.name()), Set.of(c.label(), c.name())));
            }
            rows.add(new Row(r.label(), cells));
        }
        return new Grid("三", "三、收到和处理政府信息公开申请情况",
                List.of(new Block(null, List.of(new Group("申请人情况", columns.size())), columns, rows)));
    }

    private static Grid tableTwo() {
        List<Block> blocks = new ArrayList<>();
        addDisclosureBlock(blocks, "第二十条第（一）项", EnumSet.of(DisclosureRow.REGULATIONS, DisclosureRow.NORMATIVE_DOCUMENTS),
                List.of(DisclosureColumn.ISSUED, DisclosureColumn.REPEALED, DisclosureColumn.IN_FORCE));
        addDisclosureBlock(blocks, "第二十条第（五）项", EnumSet.of(DisclosureRow.LICENSING), List.of(DisclosureColumn.DECISIONS));
        addDisclosureBlock(blocks, "第二十条第（六）项", EnumSet.of(DisclosureRow.PENALTY, DisclosureRow.COERCION),
                List.of(DisclosureColumn.DECISIONS));
        addDisclosureBlock(blocks, "第二十条第（八）项", EnumSet.of(DisclosureRow.FEES), List.of(DisclosureColumn.FEE_AMOUNT));
        return new Grid("二", "二、主动公开政府信息情况", blocks);
    }

    private static void addDisclosureBlock(List<Block> blocks, String caption, Set<DisclosureRow> rowSet,
            List<DisclosureColumn> columnSet) {
        List<Row> rows = new ArrayList<>();
        for (DisclosureRow r : rowSet) {
            List<Cell> cells = new ArrayList<>();
            for (DisclosureColumn c : columnSet) {
                cells.add(new Cell(r.label(), c.label(), Set.of(r.label(), r.name()), Set.of(c.label(), c.name())));
            }
            rows.add(new Row(r.label(), cells));
        }
        blocks.add(new Block(caption, List.of(), columnSet.stream().map(DisclosureColumn::label).toList(), rows));
    }

    private static Grid tableFour() {
        List<Group> groups = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        List<Cell> cells = new ArrayList<>();
        for (CaseGroup g : CaseGroup.values()) {
            groups.add(new Group(g.label(), CaseOutcome.values().length));
            for (CaseOutcome o : CaseOutcome.values()) {
                columns.add(o.label());
                // The validator may name the group as the row, or group and outcome together as the column.
                cells.add(new Cell(g.label(), g.label() + " " + o.label(), Set.of(g.label(), g.name()),
                        Set.of(o.label(), o.name(), g.label() + " " + o.label(), g.label() + o.label(), g.name() + "." + o.name())));
            }
        }
        return new Grid("四", "四、政府信息公开行政复议、行政诉讼情况",
                List.of(new Block(null, groups, columns, List.of(new Row("案件数（件）", cells)))));
    }
}
