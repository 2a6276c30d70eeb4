package org.reportintake.parser.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import org.reportintake.parser.document.Table;
import org.reportintake.parser.document.TableCell;

/**
 * A table recovered without ruling lines, for pages that draw none (borderless tables, OCR text layers).
 * Lines are cut into segments at wide gaps; a run of lines with several segments is a table. Value columns
 * come from the aligned numeric segments, label columns from the starts of the text left of them, so a row
 * with a blank value still gets an empty cell in the right place.
 */
final class StreamTable {

    private static final Pattern NUMBER = Pattern.compile("[+-]?[0-9][0-9,]*(\\.[0-9]+)?[件个元]?|[—\\-/无]");
    private static final float GAP = 1.5f;
    private static final Pattern SECTION_NUMBER = Pattern.compile("^[一二三四五六七八九十]{1,2}、");
    private static final int MIN_ROWS = 3;

    private record Segment(String text, float x1, float x2) {
        float center() {
            return (x1 + x2) / 2;
        }

        boolean numeric() {
            return NUMBER.matcher(text.strip()).matches();
        }
    }

    private record Line(List<Glyph> glyphs, List<Segment> segments, float top) {
    }

    private record Column(float x1, float x2) {
    }

    private final List<Line> lines;
    private final double top;

    private StreamTable(List<Line> lines) {
        this.lines = lines;
        this.top = lines.get(0).top();
    }

    double top() {
        return top;
    }

    List<Glyph> glyphs() {
        List<Glyph> all = new ArrayList<>();
        lines.forEach(line -> all.addAll(line.glyphs()));
        return all;
    }

    /** The tables among the glyphs of a page that has no ruled table. */
    static List<StreamTable> detect(List<Glyph> glyphs) {
        List<Line> lines = new ArrayList<>();
        for (List<Glyph> row : TextLine.rows(glyphs)) {
            lines.add(new Line(row, segments(row), row.get(0).top()));
        }
        List<StreamTable> tables = new ArrayList<>();
        int i = 0;
        int previousEnd = 0;
        while (i < lines.size()) {
            if (lines.get(i).segments().size() < 3) {
                i++;
                continue;
            }
            int start = i;
            // Header lines above the first wide line ("行政复议 行政诉讼") belong to the table.
            while (start - 1 >= previousEnd && i - start < 2 && lines.get(start - 1).segments().size() >= 2) {
                start--;
            }
            int end = i + 1;
            while (end < lines.size()) {
                int size = lines.get(end).segments().size();
                boolean bridge = size == 1 && isCaption(lines.get(end).segments().get(0))
                        && end + 1 < lines.size() && lines.get(end + 1).segments().size() >= 2;
                if (size >= 2 || bridge) {
                    end++;
                } else {
                    break;
                }
            }
            List<Line> block = lines.subList(start, end);
            long wide = block.stream().filter(l -> l.segments().size() >= 3).count();
            boolean hasNumbers = block.stream().anyMatch(l -> l.segments().stream().anyMatch(Segment::numeric));
            if (block.size() >= MIN_ROWS && wide >= 2 && hasNumbers) {
                tables.add(new StreamTable(new ArrayList<>(block)));
            }
            i = end;
            previousEnd = end;
        }
        return tables;
    }

    Table toTable() {
        List<Column> values = mergedColumns(lines.stream().flatMap(l -> l.segments().stream())
                .filter(Segment::numeric).toList());
        float firstValue = values.isEmpty() ? Float.MAX_VALUE : values.get(0).x1();
        List<Float> labelStarts = new ArrayList<>();
        lines.stream().flatMap(l -> l.segments().stream())
                .filter(s -> isLabel(s, firstValue))
                .map(Segment::x1)
                .sorted()
                .forEach(x -> {
                    if (labelStarts.isEmpty() || x - labelStarts.get(labelStarts.size() - 1) > 12f) {
                        labelStarts.add(x);
                    }
                });
        int columns = labelStarts.size() + values.size();
        List<List<TableCell>> rows = new ArrayList<>();
        for (Line line : lines) {
            StringBuilder[] cells = new StringBuilder[columns];
            for (int c = 0; c < columns; c++) {
                cells[c] = new StringBuilder();
            }
            for (Segment segment : line.segments()) {
                int c = isLabel(segment, firstValue)
                        ? labelColumn(labelStarts, segment.x1())
                        : labelStarts.size() + valueColumn(values, segment);
                cells[c].append(segment.text());
            }
            List<TableCell> row = new ArrayList<>();
            for (StringBuilder cell : cells) {
                row.add(TableCell.of(cell.toString().strip()));
            }
            rows.add(row);
        }
        return new Table(rows, true);
    }

    /**
     * A short single line inside a table, such as "第二十条第（五）项", keeps the table going; a heading
     * ("四、政府信息公开行政复议、行政诉讼情况") or a sentence ends it.
     */
    private static boolean isCaption(Segment segment) {
        String text = segment.text().strip();
        return text.length() <= 12 && !SECTION_NUMBER.matcher(text).find();
    }

    /** Text that ends before the first value column is a row label; text over the values is a column header. */
    private static boolean isLabel(Segment segment, float firstValue) {
        return !segment.numeric() && segment.x2() < firstValue - 1;
    }

    private static List<Segment> segments(List<Glyph> row) {
        List<Segment> segments = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        float x1 = row.get(0).x();
        float x2 = row.get(0).right();
        Glyph previous = null;
        for (Glyph g : row) {
            if (previous != null && g.x() - previous.right() > g.fontSize() * GAP) {
                if (!text.toString().isBlank()) {
                    segments.add(new Segment(text.toString().strip(), x1, x2));
                }
                text.setLength(0);
                x1 = g.x();
            }
            if (!g.text().isBlank() || text.length() > 0) {
                if (text.length() == 0) {
                    x1 = g.x();
                }
                text.append(g.text());
                x2 = g.right();
            }
            previous = g;
        }
        if (!text.toString().isBlank()) {
            segments.add(new Segment(text.toString().strip(), x1, x2));
        }
        return segments;
    }

    /** Overlapping x-ranges of numeric segments, merged: one range per value column. */
    private static List<Column> mergedColumns(List<Segment> numeric) {
        List<Segment> sorted = new ArrayList<>(numeric);
        sorted.sort(Comparator.comparingDouble(Segment::x1));
        List<Column> columns = new ArrayList<>();
        for (Segment s : sorted) {
            Column last = columns.isEmpty() ? null : columns.get(columns.size() - 1);
            if (last != null && s.x1() <= last.x2() + 2f) {
                columns.set(columns.size() - 1, new Column(last.x1(), Math.max(last.x2(), s.x2())));
            } else {
                columns.add(new Column(s.x1(), s.x2()));
            }
        }
        return columns;
    }

    private static int labelColumn(List<Float> starts, float x) {
        int best = 0;
        for (int i = 0; i < starts.size(); i++) {
            if (starts.get(i) <= x + 1) {
                best = i;
            }
        }
        return best;
    }

    private static int valueColumn(List<Column> columns, Segment segment) {
        int best = 0;
        double bestDistance = Double.MAX_VALUE;
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            double distance = segment.center() >= c.x1() && segment.center() <= c.x2()
                    ? 0 : Math.abs(segment.center() - (c.x1() + c.x2()) / 2);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = i;
            }
        }
        return best;
    }
}
