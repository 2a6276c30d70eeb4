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
 *
 * <p>Text that PDF/Word converters wrote is read into the same tables: pipe (Markdown) rows ({@link PipeRows}),
 * separator and placeholder header rows dropped, a blank or plain line ending a pipe table (a table written one
 * row per little table comes out in pieces that the recogniser joins); page footers, form feeds and running
 * headers between rows removed first ({@link PageFurniture}); "#" headings and "**" bold read as their words
 * ({@link TextMarkup}).
 */
public final class TextLayoutReader implements DocumentReader {

    /** Markers left by the .docx-to-text extraction, e.g. "[bookmark: _GoBack]". */
    private static final Pattern EXTRACTION_MARKER = Pattern.compile("\\[bookmark: [^\\]]*\\]");

    /** Longer lines cannot be a lone "Col1" or "Column12" header; most lines skip that check. */
    private static final int MAX_PLACEHOLDER_LINE = 16;

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
        boolean pipeTable = false;
        List<String> lines = PageFurniture.clean(lines(text));
        for (int index = 0; index < lines.size(); index++) {
            deadline.check();
            String rawLine = lines.get(index);
            String line = rawLine.contains("[bookmark: ") ? EXTRACTION_MARKER.matcher(rawLine).replaceAll("") : rawLine;
            if (!line.startsWith("\t") && hasPipe(line) && isPipeRow(line.strip(), pipeTable, lines, index)) {
                String stripped = line.strip();
                if (rows != null && !pipeTable) {
                    blocks.add(toTable(rows));
                    rows = null;
                }
                if (rows == null) {
                    rows = new ArrayList<>();
                    pipeTable = true;
                }
                row = null;
                blankRun = 0;
                separatedRows = false;
                List<String> cells = PipeRows.cells(stripped);
                if (PipeRows.isRule(stripped) || PipeRows.isPlaceholderRow(cells)) {
                    continue; // "|---|---|", "| Col1 | Col2 |", "| | |": layout, not content
                }
                List<StringBuilder> pipeRow = new ArrayList<>(cells.size());
                for (String cell : cells) {
                    pipeRow.add(new StringBuilder(cell));
                }
                rows.add(pipeRow);
                continue;
            }
            if (pipeTable) {
                // A pipe table has no multi-line cells: any other line ends it (the classifier joins the pieces).
                closePipeTable(blocks, rows);
                rows = null;
                pipeTable = false;
            }
            if (isTabSeparatedRow(line)) {
                if (rows == null) {
                    rows = new ArrayList<>();
                }
                List<StringBuilder> cells = new ArrayList<>();
                for (String cell : line.split("\t", -1)) {
                    cells.add(new StringBuilder(cell));
                }
                row = null;
                blankRun = 0;
                separatedRows = true;
                if (isPlaceholderTabRow(line)) {
                    continue; // "Column1\tColumn2": a converter's invented header
                }
                rows.add(cells);
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
                addParagraph(blocks, line);
                blankRun = 0;
            } else if (rows != null && !rows.isEmpty() && lastCell(rows) != null) {
                // A text line inside a table continues the last cell; the blank lines in between belong to it.
                lastCell(rows).append("\n".repeat(blankRun + 1)).append(line);
                row = rows.get(rows.size() - 1);
                blankRun = 0;
            } else if (rows == null && PipeRows.isRule(line.strip())) {
                blankRun = 0; // a Markdown rule ("---") or a pandoc table rule outside a table: no text
            } else if (line.length() <= MAX_PLACEHOLDER_LINE && index + 1 < lines.size()
                    && PipeRows.isPlaceholderRow(List.of(line.strip()))
                    && PipeRows.isRule(lines.get(index + 1).strip())) {
                blankRun = 0; // "Col1" over ":---": the invented header of a one-column table written without pipes
            } else {
                addParagraph(blocks, line);
                blankRun = 0;
            }
        }
        if (rows != null) {
            if (pipeTable) {
                closePipeTable(blocks, rows);
            } else {
                blocks.add(toTable(rows));
            }
        }
        return new Document(DocumentFormat.TEXT, blocks);
    }

    /**
     * A pipe row, also a row with a single inner pipe ("信息内容 | 本年处理决定数量") when a separator row follows it.
     * A separator row ("|---|", "---|---") is a pipe row too, dropped by the caller.
     */
    private static boolean isPipeRow(String stripped, boolean inPipeTable, List<String> lines, int index) {
        if (PipeRows.isRow(stripped, inPipeTable)) {
            return true;
        }
        if (stripped.indexOf('|') < 0 && stripped.indexOf('｜') < 0) {
            return false;
        }
        if (PipeRows.isRule(stripped)) {
            return inPipeTable;
        }
        if (index + 1 < lines.size()) {
            String next = lines.get(index + 1).strip();
            return next.indexOf('|') >= 0 && PipeRows.isRule(next);
        }
        return false;
    }

    /** Cheap test before a line is stripped and looked at as a pipe row: most lines have no pipe at all. */
    private static boolean hasPipe(String line) {
        return line.indexOf('|') >= 0 || line.indexOf('｜') >= 0;
    }

    /** A pipe table that held only separator or placeholder rows is no table. */
    private static void closePipeTable(List<Block> blocks, List<List<StringBuilder>> rows) {
        if (rows != null && !rows.isEmpty()) {
            WrappedLabels.join(rows);
            blocks.add(toTable(rows));
        }
    }

    /** A paragraph without the Markdown heading and bold markup around its words; nothing when only markup. */
    private static void addParagraph(List<Block> blocks, String line) {
        String text = TextMarkup.withoutMarkup(line.strip());
        if (!text.isEmpty()) {
            blocks.add(new Paragraph(text));
        }
    }

    /** "Column1\tColumn2" and the like; a row of empty tab cells is kept as it always was. */
    private static boolean isPlaceholderTabRow(String line) {
        String stripped = line.strip();
        if (stripped.isEmpty()) {
            return false;
        }
        char c = Character.toLowerCase(stripped.charAt(0));
        if (c != 'c' && c != 'f' && c != 'u' && c != '列' && c != '第') {
            return false; // most rows: no need to look at every cell
        }
        return PipeRows.isPlaceholderRow(List.of(line.split("\t", -1)));
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
