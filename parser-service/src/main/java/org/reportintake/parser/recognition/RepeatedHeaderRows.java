package org.reportintake.parser.recognition;

import java.util.ArrayList;
import java.util.List;

import org.reportintake.parser.document.TableCell;

/**
 * Recognises header rows that a page break repeated inside one report table (PDF and converted text repeat the
 * table head on every page): a row without numbers that comes right after data rows and reads exactly like a
 * row of the table's first head or of the head the current data rows stand under. Such a row is dropped, so it
 * cannot reset a group or a column mapping halfway through the table. A header that follows a caption row
 * ("第二十条第（六）项" then "信息内容 | 本年处理决定数量") is not right after data and is always kept.
 * One instance per report table; not thread-safe.
 */
final class RepeatedHeaderRows {

    private final List<String> firstHead = new ArrayList<>();
    private final List<String> currentHead = new ArrayList<>();
    private boolean seenData;
    private boolean afterData;

    /** False for a repeated header row, to be dropped. */
    boolean keep(List<TableCell> row) {
        if (isData(row)) {
            seenData = true;
            afterData = true;
            return true;
        }
        String key = key(row);
        if (afterData && (firstHead.contains(key) || currentHead.contains(key))) {
            return false; // still right after data: the rest of a repeated head goes too
        }
        if (afterData) {
            currentHead.clear();
        }
        afterData = false;
        currentHead.add(key);
        if (!seenData) {
            firstHead.add(key);
        }
        return true;
    }

    private static boolean isData(List<TableCell> row) {
        for (TableCell cell : row) {
            String text = cell.text();
            if (mayBeValue(text) && !Labels.normalise(text).isEmpty() && CellValueReader.isValueLike(text)) {
                return true;
            }
        }
        return false;
    }

    /**
     * False for text that cannot be a value: no digit and longer than a placeholder. Labels are most cells and
     * skip the normalisation this way (this runs for every row of every table).
     */
    private static boolean mayBeValue(String text) {
        if (text.length() <= 4) {
            return true; // "—", "/", "无", " 0 "
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= '0' && c <= '9') || (c >= '０' && c <= '９')) {
                return true;
            }
        }
        return false;
    }

    private static String key(List<TableCell> row) {
        StringBuilder key = new StringBuilder();
        for (TableCell cell : row) {
            key.append(Labels.normalise(cell.text())).append('|');
        }
        // Trailing empty cells depend on how a converter padded the row, not on what it says.
        int end = key.length();
        while (end >= 2 && key.charAt(end - 1) == '|' && key.charAt(end - 2) == '|') {
            end--;
        }
        return key.substring(0, end);
    }
}
