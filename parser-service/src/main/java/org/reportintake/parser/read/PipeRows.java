package org.reportintake.parser.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Pipe (Markdown-style) table rows as PDF/Word-to-text converters write them: "| 规章 | 0 | 0 | 0 |", outer pipes
 * optional, full-width "｜" accepted, "|---|:--:|" separator rows, placeholder headers ("Col1", "Column1", "列1").
 */
final class PipeRows {

    /** Column names converters invent when the source table has no header of their liking. */
    private static final Pattern PLACEHOLDER_NAME =
            Pattern.compile("(?i)(?:col(?:umn)?|field|unnamed:?)\\s*_?\\d{1,3}|列\\s*\\d{1,3}|第\\s*\\d{1,3}\\s*列");

    private PipeRows() {
    }

    static boolean isPipe(char c) {
        return c == '|' || c == '｜';
    }

    /**
     * Whether a stripped line is a pipe row: it starts or ends with a pipe, holds at least two pipes, or holds one
     * pipe inside a pipe table already open (where "规章 | 0" can only be a row).
     */
    static boolean isRow(String stripped, boolean inPipeTable) {
        if (stripped.isEmpty()) {
            return false;
        }
        if (isPipe(stripped.charAt(0)) || isPipe(stripped.charAt(stripped.length() - 1))) {
            return true;
        }
        int pipes = 0;
        for (int i = 0; i < stripped.length() && pipes < 2; i++) {
            if (isPipe(stripped.charAt(i))) {
                pipes++;
            }
        }
        return pipes >= 2 || (pipes == 1 && inPipeTable);
    }

    /** The cells of a pipe row, trimmed and without bold markers; an empty cell stays an empty cell. */
    static List<String> cells(String stripped) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            if (c == '\\' && i + 1 < stripped.length() && isPipe(stripped.charAt(i + 1))) {
                cell.append(stripped.charAt(++i)); // an escaped pipe is text
            } else if (isPipe(c)) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        // The outer pipes open and close the row; they do not delimit cells of their own.
        if (isPipe(stripped.charAt(0))) {
            cells.remove(0);
        }
        if (!cells.isEmpty() && stripped.length() > 1 && isPipe(stripped.charAt(stripped.length() - 1))
                && !stripped.endsWith("\\" + stripped.charAt(stripped.length() - 1))) {
            cells.remove(cells.size() - 1);
        }
        for (int i = 0; i < cells.size(); i++) {
            cells.set(i, TextMarkup.withoutInlineMarkup(cells.get(i)).strip());
        }
        return cells;
    }

    /**
     * A separator row such as "|---|:---:|" or "+----+----+": only ASCII dashes, colons, equals signs and pluses,
     * with a run of three dashes or a colon somewhere, so a row of "-" placeholder cells is never taken for one.
     */
    static boolean isRule(String stripped) {
        int dashes = 0;
        boolean colonOrLongRun = false;
        int run = 0;
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            if (c == '-' || c == '=') {
                dashes++;
                run++;
                if (run >= 3) {
                    colonOrLongRun = true;
                }
                continue;
            }
            run = 0;
            if (c == ':') {
                colonOrLongRun = true;
            } else if (!(c == '+' || c == ' ' || c == '\t' || isPipe(c))) {
                return false;
            }
        }
        return dashes > 0 && colonOrLongRun;
    }

    /** A row holding nothing but blanks and invented column names ("Col1", "Column2", "列3"). */
    static boolean isPlaceholderRow(List<String> cells) {
        for (String cell : cells) {
            if (!cell.isBlank() && !isPlaceholderName(cell.strip())) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPlaceholderName(String cell) {
        if (cell.isEmpty() || cell.length() > 12) {
            return false;
        }
        char c = Character.toLowerCase(cell.charAt(0));
        if (c != 'c' && c != 'f' && c != 'u' && c != '列' && c != '第') {
            return false; // most cells: no need for the pattern
        }
        return PLACEHOLDER_NAME.matcher(cell).matches();
    }
}
