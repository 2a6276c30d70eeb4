package org.reportintake.parser.layouts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Rewrites a seed text (the corpus's cell-per-line layout: a tab-led line opens a cell, a blank line ends a row,
 * two blank lines end a table) into the plain-text layouts that PDF/Word-to-text converters write, so a test can
 * parse both and demand the same report. Everything is built from the seeds in {@code /corpus/seeds} on the test
 * classpath; nothing comes from outside the repository.
 *
 * <p>Typical use: {@code SeedLayouts.pipeText(SeedLayouts.seedText(seed), PipeStyle.MARKDOWN)}, optionally passed
 * through {@link #withPageBreaks(String, int)} and {@link #markdownHeadings(String)}. All methods are pure.
 */
public final class SeedLayouts {

    /** The five seed texts, as file names under {@code /corpus/seeds}. */
    public static final List<String> SEEDS = List.of("000_c82a2c402dd56cf8.txt", "001_10344cc63f2c5b68.txt",
            "002_caa70d9250cb3ad4.txt", "003_d26b553f0e382d29.txt", "004_09d7efa84834ab25.txt");

    /** How tables are written as pipe rows. */
    public record PipeStyle(
            /** "| a | b |" rather than "a | b". */
            boolean outerPipes,
            /** "｜" instead of "|". */
            boolean fullWidthPipes,
            /** Every row padded with empty cells to the widest row of its table, as Markdown writers do. */
            boolean padded,
            /** Each row its own little table (row, separator, blank line). */
            boolean tablePerRow,
            /** A "| Col1 | Col2 |…" header (or "Column1", "列1", blank) and separator before each table or piece. */
            boolean placeholderHeader,
            /** The table's head rows written again after every this many data rows; 0 for never. */
            int repeatHeadEvery,
            /** Digits in cells written full-width (０-９), brackets and colons in cells half-width. */
            boolean fullWidthDigits,
            /** Row labels longer than this split over two rows, the first without values; 0 for never. */
            int wrapLabelsLongerThan) {

        public static final PipeStyle MARKDOWN = new PipeStyle(true, false, true, false, false, 0, false, 0);

        public PipeStyle withOuterPipes(boolean value) {
            return new PipeStyle(value, fullWidthPipes, padded, tablePerRow, placeholderHeader, repeatHeadEvery,
                    fullWidthDigits, wrapLabelsLongerThan);
        }

        public PipeStyle withFullWidthPipes(boolean value) {
            return new PipeStyle(outerPipes, value, padded, tablePerRow, placeholderHeader, repeatHeadEvery,
                    fullWidthDigits, wrapLabelsLongerThan);
        }

        public PipeStyle withPadded(boolean value) {
            return new PipeStyle(outerPipes, fullWidthPipes, value, tablePerRow, placeholderHeader, repeatHeadEvery,
                    fullWidthDigits, wrapLabelsLongerThan);
        }

        public PipeStyle withTablePerRow(boolean value) {
            return new PipeStyle(outerPipes, fullWidthPipes, padded, value, placeholderHeader, repeatHeadEvery,
                    fullWidthDigits, wrapLabelsLongerThan);
        }

        public PipeStyle withPlaceholderHeader(boolean value) {
            return new PipeStyle(outerPipes, fullWidthPipes, padded, tablePerRow, value, repeatHeadEvery,
                    fullWidthDigits, wrapLabelsLongerThan);
        }

        public PipeStyle withRepeatHeadEvery(int rows) {
            return new PipeStyle(outerPipes, fullWidthPipes, padded, tablePerRow, placeholderHeader, rows,
                    fullWidthDigits, wrapLabelsLongerThan);
        }

        public PipeStyle withFullWidthDigits(boolean value) {
            return new PipeStyle(outerPipes, fullWidthPipes, padded, tablePerRow, placeholderHeader, repeatHeadEvery,
                    value, wrapLabelsLongerThan);
        }

        public PipeStyle withWrapLabelsLongerThan(int length) {
            return new PipeStyle(outerPipes, fullWidthPipes, padded, tablePerRow, placeholderHeader, repeatHeadEvery,
                    fullWidthDigits, length);
        }
    }

    /** A piece of a seed text: a line outside the tables, or a table. */
    public sealed interface Piece permits Line, SeedTable {
    }

    /** A line outside the tables, as written (blank lines included). */
    public record Line(String text) implements Piece {
    }

    /** A table as rows of cell texts; the lines of a multi-line cell joined with a space. */
    public record SeedTable(List<List<String>> rows) implements Piece {
    }

    private static final String[] PLACEHOLDER_NAMES = {"Col", "Column", "列", ""};

    private SeedLayouts() {
    }

    /** The seed text of one of {@link #SEEDS}. */
    public static String seedText(String seedFileName) {
        try (InputStream in = SeedLayouts.class.getResourceAsStream("/corpus/seeds/" + seedFileName)) {
            if (in == null) {
                throw new IllegalArgumentException("no seed " + seedFileName);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits a seed text into lines and tables, by the same rules the seed layout is read with. */
    public static List<Piece> pieces(String seedText) {
        List<Piece> pieces = new ArrayList<>();
        List<List<StringBuilder>> rows = null;
        List<StringBuilder> row = null;
        int blankRun = 0;
        for (String line : seedText.split("\r?\n|\r", -1)) {
            if (line.startsWith("\t")) {
                if (rows == null) {
                    rows = new ArrayList<>();
                }
                if (row == null) {
                    row = new ArrayList<>();
                    rows.add(row);
                }
                row.add(new StringBuilder(line.substring(1).strip()));
                blankRun = 0;
            } else if (line.isBlank()) {
                blankRun++;
                row = null;
                if (rows != null && blankRun >= 2) {
                    pieces.add(table(rows));
                    rows = null;
                } else if (rows == null) {
                    pieces.add(new Line(line));
                }
            } else if (rows != null) {
                // A line without a tab inside a table continues the last cell.
                List<StringBuilder> last = rows.get(rows.size() - 1);
                last.get(last.size() - 1).append(' ').append(line.strip());
                row = last;
                blankRun = 0;
            } else {
                pieces.add(new Line(line));
                blankRun = 0;
            }
        }
        if (rows != null) {
            pieces.add(table(rows));
        }
        return pieces;
    }

    /** The seed with its tables written as pipe rows in the given style; the other lines stay as they were. */
    public static String pipeText(String seedText, PipeStyle style) {
        List<String> out = new ArrayList<>();
        int tableNumber = 0;
        for (Piece piece : pieces(seedText)) {
            if (piece instanceof Line line) {
                out.add(line.text());
            } else if (piece instanceof SeedTable table) {
                pipeTable(table, style, tableNumber++, out);
                out.add("");
            }
        }
        return String.join("\n", out);
    }

    /**
     * Inserts a page break after about every {@code everyLines} lines, wherever one can fall without cutting a row:
     * between two pipe rows, between two rows of the cell-per-line layout, or between two lines of running text.
     * A break is a footer in one of several styles ("— 3 —", "第3页", "- 3 -", "第3页 共9页", "3 / 9", or a bare
     * number next to a form feed), a form feed on every other break, and the report title as running header.
     */
    public static String withPageBreaks(String text, int everyLines) {
        List<String> lines = List.of(text.split("\n", -1));
        String header = runningHeader(lines);
        List<String> out = new ArrayList<>();
        int sinceBreak = 0;
        int page = 1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (sinceBreak >= everyLines && i >= 2) {
                String previous = lines.get(i - 1);
                boolean formFeed = page % 2 == 0;
                String footer = footer(page, formFeed);
                List<String> pageBreak = new ArrayList<>();
                if (isPipeRow(previous) && isPipeRow(line) && !isSeparator(line)) {
                    pageBreak.add("");
                    pageBreak.add(footer);
                    pageBreak.add((formFeed ? "\f" : "") + header);
                    pageBreak.add("");
                } else if (isBlank(previous) && (isTableLine(lines.get(i - 2)) && isTableLine(line))
                        && !isSeparator(line)) {
                    pageBreak.add(footer);
                    pageBreak.add((formFeed ? "\f" : "") + header);
                    pageBreak.add("");
                } else if (isTextLine(previous) && isTextLine(line)) {
                    pageBreak.add(footer);
                    pageBreak.add((formFeed ? "\f" : "") + header);
                }
                if (!pageBreak.isEmpty()) {
                    out.addAll(pageBreak);
                    sinceBreak = 0;
                    page++;
                }
            }
            out.add(line);
            sinceBreak++;
        }
        return String.join("\n", out);
    }

    /**
     * Markdown markup around the headings: "# " before the (one or two) short title lines, "## " before section
     * headings ("三、…", "4、…", "总体情况"), "### **…**" around sub-headings ("（一）…"), and "**信息内容**" in pipe header cells.
     */
    public static String markdownHeadings(String text) {
        List<String> out = new ArrayList<>();
        int titleLines = 0;
        for (String line : text.split("\n", -1)) {
            boolean titleLine = !line.isBlank() && titleLines++ < 2; // the first two lines are the title's
            if (line.isBlank() || line.startsWith("\t")) {
                out.add(line);
            } else if (isPipeRow(line)) {
                out.add(line.replace("信息内容", "**信息内容**"));
            } else if (titleLine && line.length() <= 40 && line.indexOf('。') < 0) {
                out.add("# " + line);
            } else if (line.length() <= 40 && line.indexOf('。') < 0
                    && (isSectionNumbered(line) || line.endsWith("情况") || line.endsWith("事项"))) {
                out.add("## " + line);
            } else if (line.length() <= 40 && line.indexOf('。') < 0 && line.startsWith("（")) {
                out.add("### **" + line + "**");
            } else {
                out.add(line);
            }
        }
        return String.join("\n", out);
    }

    /**
     * The seed with each table row written as one tab-separated line (as spreadsheet-style exports do), optionally
     * with a blank line after each row (one little table per row).
     */
    public static String tabRows(String seedText, boolean blankLineBetweenRows) {
        List<String> out = new ArrayList<>();
        for (Piece piece : pieces(seedText)) {
            if (piece instanceof Line line) {
                out.add(line.text());
            } else if (piece instanceof SeedTable table) {
                for (List<String> row : table.rows()) {
                    out.add(String.join("\t", row));
                    if (blankLineBetweenRows) {
                        out.add("");
                    }
                }
                out.add("");
                out.add("");
            }
        }
        return String.join("\n", out);
    }

    /**
     * Splits the tables at their sub-headings, as converters do when a caption row spans the table: each pipe row
     * holding nothing but a "第二十条第（…）项" caption becomes a "### " heading line between two tables.
     */
    public static String captionsAsHeadings(String pipeText) {
        List<String> out = new ArrayList<>();
        for (String line : pipeText.split("\n", -1)) {
            if (isPipeRow(line) && line.contains("第二十条")) {
                List<String> written = new ArrayList<>();
                for (String cell : line.split("[|｜]")) {
                    if (!cell.isBlank()) {
                        written.add(cell.strip());
                    }
                }
                if (written.size() == 1) {
                    out.add("");
                    out.add("### " + written.get(0));
                    out.add("");
                    continue;
                }
            }
            out.add(line);
        }
        return String.join("\n", out);
    }

    /**
     * Half-width brackets, colons and commas ("(一)", ":", ",") on every other line of running text after the title,
     * as text mixed from several sources has them; the title lines stay as written.
     */
    public static String mixedPunctuation(String text) {
        List<String> out = new ArrayList<>();
        int textLines = 0;
        for (String line : text.split("\n", -1)) {
            boolean running = !isBlank(line) && !isTableLine(line) && textLines++ >= 2;
            out.add(running && textLines % 2 == 0
                    ? line.replace('（', '(').replace('）', ')').replace('：', ':').replace('，', ',') : line);
        }
        return String.join("\n", out);
    }

    private static void pipeTable(SeedTable table, PipeStyle style, int tableNumber, List<String> out) {
        List<List<String>> rows = new ArrayList<>();
        for (List<String> row : table.rows()) {
            rows.add(cells(row, style));
        }
        rows = wrapped(rows, style.wrapLabelsLongerThan());
        int width = rows.stream().mapToInt(List::size).max().orElse(1);
        if (style.padded()) {
            for (List<String> row : rows) {
                while (row.size() < width) {
                    row.add("");
                }
            }
        }
        List<List<String>> head = new ArrayList<>();
        for (List<String> row : rows) {
            if (hasNumber(row)) {
                break;
            }
            head.add(row);
        }
        List<List<String>> written = new ArrayList<>();
        int dataRows = 0;
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            written.add(row);
            if (hasNumber(row)) {
                dataRows++;
                boolean moreData = r + 1 < rows.size() && hasNumber(rows.get(r + 1));
                if (style.repeatHeadEvery() > 0 && dataRows % style.repeatHeadEvery() == 0 && moreData) {
                    written.addAll(head); // as a converter repeats the head at the top of each page
                }
            }
        }
        if (style.tablePerRow()) {
            for (int r = 0; r < written.size(); r++) {
                if (style.placeholderHeader()) {
                    out.add(pipeRow(placeholders(written.get(r).size(), tableNumber + r), style));
                    out.add(separator(written.get(r).size(), style));
                    out.add(pipeRow(written.get(r), style));
                } else {
                    out.add(pipeRow(written.get(r), style));
                    out.add(separator(written.get(r).size(), style));
                }
                if (r + 1 < written.size()) {
                    out.add("");
                }
            }
            return;
        }
        if (style.placeholderHeader()) {
            out.add(pipeRow(placeholders(width, tableNumber), style));
            out.add(separator(width, style));
        }
        for (int r = 0; r < written.size(); r++) {
            out.add(pipeRow(written.get(r), style));
            if (r == 0 && !style.placeholderHeader()) {
                out.add(separator(written.get(r).size(), style));
            }
        }
    }

    /** A row's cells as a converter writes them, in the style's digits and punctuation. */
    private static List<String> cells(List<String> row, PipeStyle style) {
        List<String> cells = new ArrayList<>();
        for (String cell : row) {
            String text = cell;
            if (style.fullWidthDigits()) {
                StringBuilder folded = new StringBuilder(text.length());
                for (int i = 0; i < text.length(); i++) {
                    char c = text.charAt(i);
                    if (c >= '0' && c <= '9') {
                        folded.append((char) ('０' + (c - '0')));
                    } else if (c == '（') {
                        folded.append('(');
                    } else if (c == '）') {
                        folded.append(')');
                    } else if (c == '：') {
                        folded.append(':');
                    } else {
                        folded.append(c);
                    }
                }
                text = folded.toString();
            }
            cells.add(text);
        }
        return cells;
    }

    /**
     * Splits long row labels over two rows as converters do: the first piece of the label with empty cells after
     * it, then the rest of the label (in the same column, the cells before it empty) with the values.
     */
    private static List<List<String>> wrapped(List<List<String>> rows, int longerThan) {
        if (longerThan <= 0) {
            return rows;
        }
        List<List<String>> out = new ArrayList<>();
        for (List<String> row : rows) {
            int label = lastText(row);
            if (!hasNumber(row) || label < 0 || row.get(label).length() <= longerThan) {
                out.add(row);
                continue;
            }
            String text = row.get(label);
            int cut = longerThan / 2 + 1;
            List<String> first = new ArrayList<>();
            List<String> second = new ArrayList<>();
            for (int i = 0; i < row.size(); i++) {
                if (i < label) {
                    first.add(row.get(i));
                    second.add("");
                } else if (i == label) {
                    first.add(text.substring(0, cut));
                    second.add(text.substring(cut));
                } else {
                    first.add("");
                    second.add(row.get(i));
                }
            }
            out.add(first);
            out.add(second);
        }
        return out;
    }

    private static int lastText(List<String> row) {
        for (int i = row.size() - 1; i >= 0; i--) {
            if (!row.get(i).isBlank() && !isNumber(row.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> placeholders(int width, int variant) {
        String name = PLACEHOLDER_NAMES[variant % PLACEHOLDER_NAMES.length];
        List<String> cells = new ArrayList<>();
        for (int i = 1; i <= width; i++) {
            cells.add(name.isEmpty() ? "" : name + i);
        }
        return cells;
    }

    private static String pipeRow(List<String> cells, PipeStyle style) {
        String pipe = style.fullWidthPipes() ? "｜" : "|";
        List<String> escaped = cells.stream().map(c -> c.replace("|", "\\|")).toList();
        String inner = String.join(" " + pipe + " ", escaped);
        return style.outerPipes() ? pipe + " " + inner + " " + pipe : inner;
    }

    private static String separator(int width, PipeStyle style) {
        List<String> dashes = new ArrayList<>();
        for (int i = 0; i < width; i++) {
            dashes.add(i == 0 ? ":---" : "---");
        }
        String inner = String.join("|", dashes);
        return style.outerPipes() ? "|" + inner + "|" : inner;
    }

    private static SeedTable table(List<List<StringBuilder>> rows) {
        List<List<String>> cells = new ArrayList<>();
        for (List<StringBuilder> row : rows) {
            cells.add(row.stream().map(StringBuilder::toString).toList());
        }
        return new SeedTable(cells);
    }

    private static boolean hasNumber(List<String> row) {
        return row.stream().anyMatch(SeedLayouts::isNumber);
    }

    private static boolean isNumber(String cell) {
        String t = cell.strip();
        if (t.isEmpty()) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= '０' && c <= '９') || c == '.')) {
                return false;
            }
        }
        return true;
    }

    /** The report title as a running header: the first line, joined with the second when it names the report. */
    private static String runningHeader(List<String> lines) {
        List<String> title = new ArrayList<>();
        for (String line : lines) {
            if (!line.isBlank()) {
                title.add(line.strip());
                if (title.size() == 2) {
                    break;
                }
            }
        }
        String first = title.get(0);
        boolean joined = !first.contains("报告") && title.size() == 2 && title.get(1).contains("报告");
        return joined ? first + title.get(1) : first;
    }

    private static String footer(int page, boolean formFeed) {
        return switch (page % 6) {
            case 0 -> String.valueOf(page); // a bare page number, with or without a form feed
            case 1 -> "— " + page + " —";
            case 2 -> "第" + page + "页";
            case 3 -> "- " + page + " -";
            case 4 -> "第" + page + "页 共99页";
            default -> page + " / 99";
        };
    }

    private static boolean isPipeRow(String line) {
        String t = line.strip();
        return !t.isEmpty() && !line.startsWith("\t")
                && (t.charAt(0) == '|' || t.charAt(0) == '｜' || t.contains(" | ") || t.contains(" ｜ "));
    }

    private static boolean isSeparator(String line) {
        return isPipeRow(line) && line.contains("---");
    }

    private static boolean isTableLine(String line) {
        return line.indexOf('\t') >= 0 || isPipeRow(line);
    }

    private static boolean isTextLine(String line) {
        return !isBlank(line) && !isTableLine(line);
    }

    /** A blank line; "\t" alone is an empty cell of the seed layout, not a blank line. */
    private static boolean isBlank(String line) {
        return !line.startsWith("\t") && line.isBlank();
    }

    private static boolean isSectionNumbered(String line) {
        int i = 0;
        while (i < line.length() && ("一二三四五六七八九十".indexOf(line.charAt(i)) >= 0 || Character.isDigit(line.charAt(i)))) {
            i++;
        }
        return i > 0 && i < line.length() && line.charAt(i) == '、';
    }
}
