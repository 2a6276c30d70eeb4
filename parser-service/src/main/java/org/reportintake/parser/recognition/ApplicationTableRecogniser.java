package org.reportintake.parser.recognition;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.reportintake.model.report.ApplicantColumn;
import org.reportintake.model.report.ApplicationRow;
import org.reportintake.model.report.ApplicationTable;
import org.reportintake.model.report.ApplicationTable.ApplicationCell;
import org.reportintake.parser.document.TableCell;

/**
 * Reads table 三. A data row is its label cell followed by the seven applicant cells (blank cells included),
 * so the label is the last cell that is not a number, blank or placeholder; the group captions
 * （三）…（六） give context to the ambiguous sub-rows ("3.其他").
 */
final class ApplicationTableRecogniser {

    private static final Pattern OTHER_SUB_ITEM = Pattern.compile("[0-9][.、．]?其他$");
    private static final ApplicantColumn[] COLUMNS = ApplicantColumn.values();

    private enum Group {
        NONE,
        WITHHELD,
        UNAVAILABLE,
        NOT_HANDLED,
        OTHER
    }

    ApplicationTable recognise(TableClassifier.Rows table) {
        List<List<TableCell>> rows = table.rows();
        List<ApplicationCell> cells = new ArrayList<>();
        Set<ApplicationRow> seen = EnumSet.noneOf(ApplicationRow.class);
        Group group = Group.NONE;
        for (List<TableCell> row : rows) {
            List<String> texts = row.stream().map(TableCell::text).toList();
            int labelIndex = -1;
            for (int i = texts.size() - 1; i >= 0; i--) {
                if (!CellValueReader.isValueLike(texts.get(i))) {
                    labelIndex = i;
                    break;
                }
            }
            labelIndex = labelBeforeWords(texts, labelIndex, group);
            String label = null; // the label cell normalised once, for the group and the row
            for (int i = 0; i <= labelIndex; i++) {
                label = Labels.normalise(texts.get(i));
                group = groupOf(label, group);
            }
            if (labelIndex < 0 || texts.size() - labelIndex - 1 < COLUMNS.length) {
                continue;
            }
            ApplicationRow applicationRow = rowOf(label, group);
            if (applicationRow == null || !seen.add(applicationRow)) {
                continue;
            }
            group = groupAfter(applicationRow, group);
            int start = valuesStart(texts, labelIndex);
            if (table.strict() && !allNumbers(texts, start, COLUMNS.length)) {
                // Inferred columns: a blank may be a column that was never found, so the row is not trusted.
                seen.remove(applicationRow);
                continue;
            }
            for (int k = 0; k < COLUMNS.length; k++) {
                cells.add(new ApplicationCell(applicationRow, COLUMNS[k],
                        CellValueReader.read("三", applicationRow.label(), COLUMNS[k].label(),
                                texts.get(start + k), CellValueReader.Rule.COUNT, null)));
            }
        }
        cells.sort((a, b) -> a.row() != b.row() ? a.row().compareTo(b.row()) : a.column().compareTo(b.column()));
        return new ApplicationTable(cells);
    }

    /**
     * Words written in a value cell ("若干") are not a label: when fewer than seven cells follow the last non-number
     * but an earlier cell is a row label, that is the label and the words are an unparseable value (N1 names the
     * cell instead of S4 calling the whole row missing).
     */
    private static int labelBeforeWords(List<String> texts, int labelIndex, Group group) {
        if (labelIndex < 0 || texts.size() - labelIndex - 1 >= COLUMNS.length) {
            return labelIndex;
        }
        // The right-most row label with room for seven values after it (converters may add an empty last cell).
        for (int i = labelIndex - 1; i >= 0; i--) {
            if (texts.size() - i - 1 >= COLUMNS.length && rowOf(Labels.normalise(texts.get(i)), group) != null) {
                return i;
            }
        }
        return labelIndex;
    }

    /**
     * The seven values normally follow the label directly; when a row has more cells than that (blank label
     * columns of a borderless table, for instance) the seven that hold more numbers win, 总计 being last.
     */
    private static int valuesStart(List<String> texts, int labelIndex) {
        int afterLabel = labelIndex + 1;
        int atEnd = texts.size() - COLUMNS.length;
        if (atEnd == afterLabel) {
            return afterLabel; // the usual row: nothing to compare
        }
        return written(texts, atEnd) > written(texts, afterLabel) ? atEnd : afterLabel;
    }

    static boolean allNumbers(List<String> texts, int start, int count) {
        for (int i = start; i < start + count; i++) {
            if (Labels.normalise(texts.get(i)).isEmpty() || !CellValueReader.isValueLike(texts.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static int written(List<String> texts, int start) {
        int count = 0;
        for (int i = start; i < start + COLUMNS.length; i++) {
            count += Labels.normalise(texts.get(i)).isEmpty() ? 0 : 1;
        }
        return count;
    }

    /** Sub-rows tell the group too, for when the group caption was cut (e.g. by a PDF page break). */
    private static Group groupAfter(ApplicationRow row, Group current) {
        return switch (row) {
            case OTHER_NO_CORRECTION, OTHER_FEE_UNPAID -> Group.OTHER;
            case NOT_HANDLED_PETITION, NOT_HANDLED_REPEATED, NOT_HANDLED_PUBLICATION, NOT_HANDLED_MASS_REPEATED,
                    NOT_HANDLED_CONFIRMATION -> Group.NOT_HANDLED;
            default -> current;
        };
    }

    private static Group groupOf(String l, Group current) {
        if (l.startsWith("(六)")) {
            return Group.OTHER;
        }
        if (l.contains("不予公开") && !l.contains("部分")) {
            return Group.WITHHELD;
        }
        if (l.contains("无法提供")) {
            return Group.UNAVAILABLE;
        }
        if (l.contains("不予处理")) {
            return Group.NOT_HANDLED;
        }
        if (l.contains("其他处理")) {
            return Group.OTHER;
        }
        if (l.contains("总计") || l.contains("合计") || l.contains("结转下年") || l.contains("予以公开")) {
            return Group.NONE;
        }
        return current;
    }

    /**
     * Maps row labels met one after the other (as in a flattened table, one line per row) to rows, keeping the
     * group context the captions （三）…（六） give, with the same rules as {@link #recognise}.
     */
    static final class RowLabels {

        private Group group = Group.NONE;

        /** The row a normalised label names, or null (a caption or other text); updates the group context. */
        ApplicationRow next(String normalisedLabel) {
            group = groupOf(normalisedLabel, group);
            ApplicationRow row = rowOf(normalisedLabel, group);
            if (row != null) {
                group = groupAfter(row, group);
            }
            return row;
        }
    }

    static ApplicationRow row(String raw, Group group) {
        return rowOf(Labels.normalise(raw), group);
    }

    /** The row for a normalised label. */
    private static ApplicationRow rowOf(String l, Group group) {
        if (l.contains("本年新收")) {
            return ApplicationRow.NEW_RECEIVED;
        }
        if (l.contains("上年结转")) {
            return ApplicationRow.CARRIED_FROM_PREVIOUS_YEAR;
        }
        if (l.contains("结转下年")) {
            return ApplicationRow.CARRIED_TO_NEXT_YEAR;
        }
        if (l.contains("部分公开")) {
            return ApplicationRow.PARTLY_DISCLOSED;
        }
        if (l.contains("予以公开")) {
            return ApplicationRow.DISCLOSED;
        }
        if (l.contains("国家秘密")) {
            return ApplicationRow.WITHHELD_STATE_SECRET;
        }
        if (l.contains("禁止公开")) {
            return ApplicationRow.WITHHELD_PROHIBITED_BY_LAW;
        }
        if (l.contains("三安全一稳定") || l.contains("危及")) {
            return ApplicationRow.WITHHELD_THREE_SECURITIES;
        }
        if (l.contains("第三方")) {
            return ApplicationRow.WITHHELD_THIRD_PARTY;
        }
        if (l.contains("内部事务")) {
            return ApplicationRow.WITHHELD_INTERNAL_AFFAIRS;
        }
        if (l.contains("过程性")) {
            return ApplicationRow.WITHHELD_PROCESS_INFORMATION;
        }
        if (l.contains("执法案卷")) {
            return ApplicationRow.WITHHELD_ENFORCEMENT_FILE;
        }
        if (l.contains("查询事项")) {
            return ApplicationRow.WITHHELD_QUERY_MATTER;
        }
        if (l.contains("不掌握")) {
            return ApplicationRow.UNAVAILABLE_NOT_HELD;
        }
        if (l.contains("另行制作")) {
            return ApplicationRow.UNAVAILABLE_NEEDS_CREATION;
        }
        if (l.contains("仍不明确")) {
            return ApplicationRow.UNAVAILABLE_STILL_UNCLEAR;
        }
        if (l.contains("信访") || (l.contains("投诉") && l.contains("举报"))) {
            return ApplicationRow.NOT_HANDLED_PETITION;
        }
        if (l.contains("大量反复")) {
            return ApplicationRow.NOT_HANDLED_MASS_REPEATED;
        }
        if (l.contains("重复申请")) {
            return ApplicationRow.NOT_HANDLED_REPEATED;
        }
        if (l.contains("出版物")) {
            return ApplicationRow.NOT_HANDLED_PUBLICATION;
        }
        if (l.contains("重新出具") || l.contains("确认")) {
            return ApplicationRow.NOT_HANDLED_CONFIRMATION;
        }
        if (l.contains("逾期不补正") || l.contains("不补正")) {
            return ApplicationRow.OTHER_NO_CORRECTION;
        }
        if (l.contains("缴纳费用") || l.contains("收费通知")) {
            return ApplicationRow.OTHER_FEE_UNPAID;
        }
        if (OTHER_SUB_ITEM.matcher(l).find()) {
            return ApplicationRow.OTHER_OTHER; // "3.其他", also when written with its group: "（六）其他处理 3.其他"
        }
        if (l.contains("其他处理")) {
            return ApplicationRow.OTHER_HANDLING_V60;
        }
        if (group == Group.OTHER && Labels.numberingDropped(l).equals("其他")) {
            return ApplicationRow.OTHER_OTHER;
        }
        if (l.contains("总计") || l.contains("合计")) {
            return ApplicationRow.TOTAL;
        }
        return null;
    }
}
