package org.reportintake.load.variants;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.reportintake.model.report.ApplicationRow;
import org.reportintake.model.report.TemplateVersion;

/**
 * Where the cells of tables 三 and 四 are in a text of the seed layout, found by position: a line that starts with a
 * tab is a cell; a table-三 row is a block (lines between empty lines) ending in a label cell and 7 cells; table 四's
 * data row is the first block after table 三 that is exactly 15 cells and is followed by text, not by more cells
 * (seed 001's second header row is 15 cells too, but more cells follow it). Positions do not depend on what the
 * cells hold, so a text with planted cells ("-1", "若干", blanks) is located the same way.
 */
public final class SeedText {

    private static final String TABLE_THREE_HEADER = "勾稽关系";
    private static final String LAST_ROW_PREFIX = "四、";

    private final String[] lines;
    private final List<ApplicationRow> rows;
    /** Per table-三 row, the line index of its first number cell (the 7 cells are consecutive lines). */
    private final List<Integer> rowStarts;
    /** The line index of table 四's first cell (15 consecutive lines). */
    private final int caseStart;

    private SeedText(String text) {
        this.lines = text.split("\n", -1);
        int header = firstLineContaining(TABLE_THREE_HEADER);
        this.rowStarts = new ArrayList<>();
        int line = header;
        while (line < lines.length) {
            int end = blockEnd(line);
            int trailingCells = 0;
            while (trailingCells < end - line && isCell(lines[end - 1 - trailingCells])) {
                trailingCells++;
            }
            if (trailingCells >= 8) {
                String label = lines[end - 8].substring(1).strip();
                if (!label.isEmpty()) {
                    rowStarts.add(end - 7);
                    if (label.startsWith(LAST_ROW_PREFIX)) {
                        line = end;
                        break;
                    }
                }
            }
            line = nextBlock(end);
        }
        TemplateVersion version = switch (rowStarts.size()) {
            case 25 -> TemplateVersion.V30;
            case 23 -> TemplateVersion.V60;
            default -> throw new IllegalArgumentException("table 三 has " + rowStarts.size() + " number rows");
        };
        this.rows = List.copyOf(ApplicationRow.rowsOf(version));
        this.caseStart = findCaseRow(nextBlock(line));
    }

    public static SeedText of(String text) {
        return new SeedText(text);
    }

    public List<ApplicationRow> rows() {
        return rows;
    }

    /** (a) The cells of tables 三 and 四, read by position. */
    public SeedNumbers numbers() {
        List<List<String>> applications = new ArrayList<>();
        for (int start : rowStarts) {
            applications.add(cells(start, SeedNumbers.COLUMNS));
        }
        return new SeedNumbers(rows, applications, cells(caseStart, SeedNumbers.CASE_CELLS));
    }

    /** (b) The same text with the given cells written in place; a blank cell ("") becomes the seed's empty "\t". */
    public String with(SeedNumbers numbers) {
        if (!numbers.rows().equals(rows)) {
            throw new IllegalArgumentException("numbers for another table layout (30号 vs 60号)");
        }
        String[] changed = Arrays.copyOf(lines, lines.length);
        for (int r = 0; r < rowStarts.size(); r++) {
            for (int c = 0; c < SeedNumbers.COLUMNS; c++) {
                changed[rowStarts.get(r) + c] = "\t" + numbers.applications().get(r).get(c);
            }
        }
        for (int i = 0; i < SeedNumbers.CASE_CELLS; i++) {
            changed[caseStart + i] = "\t" + numbers.cases().get(i);
        }
        return String.join("\n", changed);
    }

    private List<String> cells(int start, int count) {
        List<String> cells = new ArrayList<>();
        for (int i = start; i < start + count; i++) {
            cells.add(lines[i].substring(1));
        }
        return cells;
    }

    private int findCaseRow(int from) {
        int line = from;
        while (line < lines.length) {
            int end = blockEnd(line);
            boolean allCells = true;
            for (int i = line; i < end; i++) {
                allCells &= isCell(lines[i]);
            }
            int next = nextBlock(end);
            boolean textFollows = next >= lines.length || !isCell(lines[next]);
            if (allCells && end - line == SeedNumbers.CASE_CELLS && textFollows) {
                return line;
            }
            line = next;
        }
        throw new IllegalArgumentException("no 15-cell row of table 四 after table 三");
    }

    private int firstLineContaining(String marker) {
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(marker)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no table 三 header (" + marker + ")");
    }

    /** The index after the last non-empty line of the block starting at {@code from}. */
    private int blockEnd(int from) {
        int end = from;
        while (end < lines.length && !lines[end].isEmpty()) {
            end++;
        }
        return end;
    }

    private int nextBlock(int from) {
        int next = from;
        while (next < lines.length && lines[next].isEmpty()) {
            next++;
        }
        return next;
    }

    private static boolean isCell(String line) {
        return line.startsWith("\t");
    }
}
