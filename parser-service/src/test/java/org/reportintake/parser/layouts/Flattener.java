package org.reportintake.parser.layouts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.reportintake.parser.document.Block;
import org.reportintake.parser.document.Document;
import org.reportintake.parser.document.Paragraph;
import org.reportintake.parser.document.Table;
import org.reportintake.parser.document.TableCell;
import org.reportintake.parser.read.Deadline;
import org.reportintake.parser.read.TextDecoder;
import org.reportintake.parser.read.TextLayoutReader;

/**
 * Turns a seed report's tables into what a page-to-text tool (a browser's innerText, copy and paste from a site
 * page) gives once the cell boundaries are lost: every table row becomes one line, its label cells joined and
 * then its numbers, either run together ({@code 一、本年新收政府信息公开申请数量2000002}) or separated by spaces.
 * Paragraphs are kept as they are, so headings and narrative stay.
 * <p>
 * Blank cells vanish, as they do in such text (a row {@code 48 0 0 _ 0 _ 48} becomes {@code 4800048}); line
 * breaks and spaces inside a cell ("商业\n企业", "0 ") are removed. The result is plain text without tabs, which
 * {@code TextLayoutReader} reads as paragraphs only.
 * <p>
 * Usage: {@code Flattener.flatten(Flattener.seed("003_d26b553f0e382d29"), Flattener.Spacing.NONE)}; parse the
 * bytes of the result as a .txt report.
 */
public final class Flattener {

    /** How the numbers of one row are separated. */
    public enum Spacing {
        /** Run together: {@code 801000081}. */
        NONE,
        /** One space between cells: {@code 80 1 0 0 0 0 81}. */
        SPACED,
        /** A space after every other cell: {@code 801 00 00 81} ("partly spaced"). */
        MIXED
    }

    private Flattener() {
    }

    /** The text of a seed in {@code src/test/resources/corpus/seeds}, by its id (file name without .txt). */
    public static String seed(String id) {
        try (InputStream in = Flattener.class.getResourceAsStream("/corpus/seeds/" + id + ".txt")) {
            if (in == null) {
                throw new IllegalArgumentException("no seed " + id);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The seed text with every table flattened (see the class comment). */
    public static String flatten(String seedText, Spacing spacing) {
        Document document = new TextLayoutReader(new TextDecoder())
                .read(seedText.getBytes(StandardCharsets.UTF_8), Deadline.after(Duration.ofSeconds(10)));
        StringBuilder out = new StringBuilder();
        for (Block block : document.blocks()) {
            if (block instanceof Paragraph p) {
                out.append(p.text()).append('\n');
            } else if (block instanceof Table t) {
                for (List<TableCell> row : t.rows()) {
                    String line = row(row, spacing);
                    if (!line.isEmpty()) {
                        out.append(line).append('\n');
                    }
                }
            }
        }
        return out.toString();
    }

    /** One table row as one line: labels joined, then the numbers separated as {@code spacing} says. */
    public static String row(List<TableCell> row, Spacing spacing) {
        StringBuilder label = new StringBuilder();
        List<String> numbers = new ArrayList<>();
        for (TableCell cell : row) {
            String text = withoutWhitespace(cell.text());
            if (text.isEmpty()) {
                continue;
            }
            if (isNumber(text)) {
                numbers.add(text);
            } else if (numbers.isEmpty()) {
                label.append(text);
            } else {
                numbers.add(text); // a placeholder ("—") after the numbers stays in place
            }
        }
        String gap = spacing == Spacing.SPACED && label.length() > 0 && !numbers.isEmpty() ? " " : "";
        return label + gap + joined(numbers, spacing);
    }

    /** Numbers joined as {@code spacing} says. */
    public static String joined(List<String> numbers, Spacing spacing) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < numbers.size(); i++) {
            if (i > 0 && (spacing == Spacing.SPACED || (spacing == Spacing.MIXED && i % 2 == 0))) {
                sb.append(' ');
            }
            sb.append(numbers.get(i));
        }
        return sb.toString();
    }

    private static boolean isNumber(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9') && c != '.' && !(c == '-' && i == 0) && c != ',') {
                return false;
            }
        }
        return true;
    }

    private static String withoutWhitespace(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u00A0' && c != '\u3000') {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
