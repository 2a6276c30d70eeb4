package org.reportintake.parser.recognition;

/**
 * A line of flattened table text: a label (row label or header words) followed by the row's numbers run
 * together, as a page-to-text tool writes a table row once the cell boundaries are lost
 * ({@code 一、本年新收政府信息公开申请数量801000081}, {@code 行政规范性文件 7 7 13}).
 *
 * @param line     the line as written
 * @param label    the text before the numbers, as written (stripped)
 * @param raw      the numbers as written (full-width digits and spaces kept)
 * @param digits   the numbers with ASCII digits and single spaces, or null when they hold other characters
 *                 ('.', '-', ',' as in 378.42 or -2): such a run can only be read as one cell
 * @param digitCount how many digits the run has
 */
record FlattenedRun(String line, String label, String raw, String digits, int digitCount) {

    /** Number of space-separated groups in {@link #digits()} (0 when the run is not plain digits). */
    int groups() {
        if (digits == null) {
            return 0;
        }
        int groups = 1;
        for (int i = 0; i < digits.length(); i++) {
            groups += digits.charAt(i) == ' ' ? 1 : 0;
        }
        return groups;
    }

    /** The run at the end of a line, or null when the line does not end in a number. */
    static FlattenedRun of(String line) {
        if (line == null) {
            return null;
        }
        int end = line.length();
        while (end > 0 && Labels.isWhitespace(line.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && isRunChar(line.charAt(start - 1))) {
            start--;
        }
        while (start < end && !isDigit(line.charAt(start))) {
            start++; // the run starts with a digit: leading spaces, signs or dots stay with the label
        }
        if (start >= end) {
            return null;
        }
        if (start > 0 && (line.charAt(start - 1) == '-' || line.charAt(start - 1) == '－')) {
            start--; // a minus sign directly before the digits belongs to the first number: the run is not plain
        }
        String raw = line.substring(start, end);
        StringBuilder digits = new StringBuilder(raw.length());
        boolean plain = true;
        int count = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (isDigit(c)) {
                digits.append(ascii(c));
                count++;
            } else if (Labels.isWhitespace(c)) {
                if (digits.charAt(digits.length() - 1) != ' ') {
                    digits.append(' ');
                }
            } else {
                plain = false;
            }
        }
        return new FlattenedRun(line, line.substring(0, start).strip(), raw, plain ? digits.toString() : null, count);
    }

    private static boolean isRunChar(char c) {
        return isDigit(c) || Labels.isWhitespace(c) || c == '.' || c == '-' || c == ',' || c == '－' || c == '．'
                || c == '，';
    }

    static boolean isDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }

    private static char ascii(char c) {
        return c >= '０' ? (char) ('0' + (c - '０')) : c;
    }
}
