package org.reportintake.parser.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.reportintake.parser.document.Block;
import org.reportintake.parser.document.Document;
import org.reportintake.parser.document.DocumentFormat;
import org.reportintake.parser.document.Paragraph;
import org.reportintake.parser.document.Table;
import org.reportintake.parser.document.TableCell;

/**
 * Reads the plain-text layout of the seed corpus: a line starting with a tab opens a table cell, a line
 * without a tab inside a table continues the current cell (cells that span lines, even across a blank
 * line as in "自\n\n然\n\n人"), one blank line ends a row and two blank lines end the table.
 * Tab-separated rows ("规章\t0\t0\t0", as spreadsheet-style exports write them) are read as whole rows.
 */
public final class TextLayoutReader implements DocumentReader {

    /** Markers left by the .docx-to-text extraction, e.g. "[bookmark: _GoBack]". */
    private static final Pattern EXTRACTION_MARKER = Pattern.compile("\\[bookmark: [^\\]]*\\]");

    private final TextDecoder decoder;

    public TextLayoutReader(TextDecoder decoder) {
        this.decoder = decoder;
    }

    @Override
    public Document read(byte[] content, Deadline deadline) {
        return parse(decoder.decode(content), deadline);
    }

    Document parse(String text, Deadline deadline) {
        List<Block> blocks = new ArrayList<>();
        List<List<StringBuilder>> rows = null;
        List<StringBuilder> row = null;
        int blankRun = 0;
        boolean separatedRows = false;
        for (String rawLine : lines(text)) {
            deadline.check();
            String line = rawLine.contains("[bookmark: ") ? EXTRACTION_MARKER.matcher(rawLine).replaceAll("") : rawLine;
            if (isTabSeparatedRow(line)) {
                if (rows == null) {
                    rows = new ArrayList<>();
                }
                List<StringBuilder> cells = new ArrayList<>();
                for (String cell : line.split("\t", -1)) {
                    cells.add(new StringBuilder(cell));
                }
                rows.add(cells);
                row = null;
                blankRun = 0;
                separatedRows = true;
            } else if (line.startsWith("\t")) {
                if (rows == null) {
                    rows = new ArrayList<>();
                }
                if (row == null) {
                    row = new ArrayList<>();
                    rows.add(row);
                }
                row.add(new StringBuilder(line.substring(1)));
                blankRun = 0;
                separatedRows = false;
            } else if (line.isBlank()) {
                blankRun++;
                row = null;
                if (rows != null && blankRun >= 2) {
                    blocks.add(toTable(rows));
                    rows = null;
                }
            } else if (rows != null && separatedRows) {
                // Tab-separated rows have no multi-line cells: a plain line ends the table.
                blocks.add(toTable(rows));
                rows = null;
                separatedRows = false;
                blocks.add(new Paragraph(line.strip()));
                blankRun = 0;
            } else if (rows != null && !rows.isEmpty() && lastCell(rows) != null) {
                // A text line inside a table continues the last cell; the blank lines in between belong to it.
                lastCell(rows).append("\n".repeat(blankRun + 1)).append(line);
                row = rows.get(rows.size() - 1);
                blankRun = 0;
            } else {
                blocks.add(new Paragraph(line.strip()));
                blankRun = 0;
            }
        }
        if (rows != null) {
            blocks.add(toTable(rows));
        }
        return new Document(DocumentFormat.TEXT, blocks);
    }

    /**
     * The text split at \r\n, \n and \r, keeping empty lines (as {@code text.split("\r?\n|\r", -1)} does, without
     * running a regex over the whole document).
     */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lines.add(text.substring(start));
        return lines;
    }

    /** More than the single leading tab of the cell-per-line layout: a whole row separated by tabs. */
    private static boolean isTabSeparatedRow(String line) {
        int tabs = 0;
        for (int i = 0; i < line.length() && tabs < 2; i++) {
            if (line.charAt(i) == '\t') {
                tabs++;
            }
        }
        return tabs >= 2 || (tabs == 1 && !line.startsWith("\t"));
    }

    private static StringBuilder lastCell(List<List<StringBuilder>> rows) {
        List<StringBuilder> last = rows.get(rows.size() - 1);
        return last.isEmpty() ? null : last.get(last.size() - 1);
    }

    private static Table toTable(List<List<StringBuilder>> rows) {
        List<List<TableCell>> cells = new ArrayList<>();
        for (List<StringBuilder> r : rows) {
            cells.add(r.stream().map(sb -> TableCell.of(sb.toString())).toList());
        }
        return new Table(cells);
    }
}
