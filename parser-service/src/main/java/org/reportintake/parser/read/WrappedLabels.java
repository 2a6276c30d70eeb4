package org.reportintake.parser.read;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Joins a row label that a converter wrapped over two pipe rows: the first row holds the start of the label and
 * nothing after it ("| 2.申请人逾期未按收费通知要求缴纳费用、行政机关不 | | | |"), the next row the values under an
 * empty label cell or under the rest of the label ("| 再处理其政府信息公开申请 | 0 | 0 | 0 |"). The rest of a label
 * never starts with an item number, and only a numbered label of some length is taken to wrap, so
 * "行政处罚 | (blank)" followed by "行政强制 | 0" stays two rows.
 */
final class WrappedLabels {

    private static final Pattern NUMBERED =
            Pattern.compile("^(?:[（(]\\s*[0-9０-９一二三四五六七八九十]{1,3}\\s*[）)]|[0-9０-９一二三四五六七八九十]{1,3}\\s*[、.．])");
    /** Shorter labels fit a cell; converters wrap the long ones of table 三. */
    private static final int MIN_WRAPPED_LENGTH = 8;

    private WrappedLabels() {
    }

    /** Joins wrapped rows in place. */
    static void join(List<List<StringBuilder>> rows) {
        for (int r = 0; r + 1 < rows.size(); r++) {
            List<StringBuilder> first = rows.get(r);
            List<StringBuilder> second = rows.get(r + 1);
            int label = lastWritten(first);
            if (label < 0 || !continues(first, second, label)) {
                continue;
            }
            for (int i = 0; i <= label && i < second.size(); i++) {
                String rest = second.get(i).toString();
                if (!rest.isBlank()) {
                    first.get(i).append('\n').append(rest);
                }
            }
            for (int i = label + 1; i < second.size(); i++) {
                if (i < first.size()) {
                    first.get(i).setLength(0);
                    first.get(i).append(second.get(i));
                } else {
                    first.add(second.get(i));
                }
            }
            rows.remove(r + 1);
        }
    }

    private static boolean continues(List<StringBuilder> first, List<StringBuilder> second, int label) {
        if (second.size() <= label + 1) {
            return false; // nothing after the label column: a header row, not a label over its values
        }
        for (StringBuilder cell : first) {
            if (isValue(cell)) {
                return false; // the first row has values of its own
            }
        }
        boolean values = false;
        for (int i = label + 1; i < second.size(); i++) {
            values |= isValue(second.get(i));
        }
        if (!values) {
            return false;
        }
        for (int i = 0; i < label; i++) {
            if (!second.get(i).toString().isBlank()) {
                return false;
            }
        }
        String rest = second.get(label).toString().strip();
        if (rest.isEmpty()) {
            return true; // values under an empty label cell belong to the label above
        }
        String start = first.get(label).toString().strip();
        return !isValue(second.get(label)) && !NUMBERED.matcher(rest).find() && NUMBERED.matcher(start).find()
                && start.length() >= MIN_WRAPPED_LENGTH;
    }

    private static int lastWritten(List<StringBuilder> row) {
        for (int i = row.size() - 1; i >= 0; i--) {
            if (!row.get(i).toString().isBlank()) {
                return i;
            }
        }
        return -1;
    }

    /** A number or a placeholder for one ("0", "１８", "5949.08", "1,250", "—", "/", "无"). */
    private static boolean isValue(CharSequence cell) {
        String t = cell.toString().strip();
        if (t.isEmpty()) {
            return false;
        }
        if (t.equals("—") || t.equals("-") || t.equals("/") || t.equals("无") || t.equals("——") || t.equals("--")) {
            return true;
        }
        boolean digit = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if ((c >= '0' && c <= '9') || (c >= '０' && c <= '９')) {
                digit = true;
            } else if (c != '.' && c != ',' && c != '-' && c != '．' && c != '，' && c != '－') {
                return false;
            }
        }
        return digit;
    }
}
