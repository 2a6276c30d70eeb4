package org.reportintake.parser.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

import org.reportintake.parser.document.Table;
import org.reportintake.parser.document.TableCell;
import org.reportintake.parser.read.RulingCollector.Segment;

/**
 * A table recovered from ruling lines: the distinct line positions form a grid, neighbouring grid cells with
 * no line between them are one merged cell (so row and column spans come out of the drawing), and glyphs are
 * dropped into the cell under their centre. Blank cells stay as empty cells.
 */
final class LatticeTable {

    private static final float TOLERANCE = 2.0f;

    private final List<Float> xs;
    private final List<Float> ys;
    private final int[][] region;
    private final List<Region> regions = new ArrayList<>();

    private static final class Region {
        int rowStart = Integer.MAX_VALUE;
        int rowEnd = -1;
        int colStart = Integer.MAX_VALUE;
        int colEnd = -1;
        final List<Glyph> glyphs = new ArrayList<>();
        /** Text carried over from the part of this cell that a page break pushed onto the next page. */
        final StringBuilder carried = new StringBuilder();

        String text() {
            return LatticeTable.text(glyphs) + carried;
        }
    }

    private boolean firstRowMovedUp;

    private LatticeTable(List<Float> xs, List<Float> ys, List<Segment> horizontals, List<Segment> verticals) {
        this.xs = xs;
        this.ys = ys;
        int rows = ys.size() - 1;
        int cols = xs.size() - 1;
        int[] parent = new int[rows * cols];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int r = 0; r < rows; r++) {
            float midY = (ys.get(r) + ys.get(r + 1)) / 2;
            for (int c = 0; c < cols; c++) {
                float midX = (xs.get(c) + xs.get(c + 1)) / 2;
                if (c + 1 < cols && !hasVertical(verticals, xs.get(c + 1), midY)) {
                    union(parent, r * cols + c, r * cols + c + 1);
                }
                if (r + 1 < rows && !hasHorizontal(horizontals, ys.get(r + 1), midX)) {
                    union(parent, r * cols + c, (r + 1) * cols + c);
                }
            }
        }
        region = new int[rows][cols];
        TreeMap<Integer, Integer> ids = new TreeMap<>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int root = find(parent, r * cols + c);
                Integer id = ids.get(root);
                if (id == null) {
                    id = regions.size();
                    ids.put(root, id);
                    regions.add(new Region());
                }
                region[r][c] = id;
                Region reg = regions.get(id);
                reg.rowStart = Math.min(reg.rowStart, r);
                reg.rowEnd = Math.max(reg.rowEnd, r);
                reg.colStart = Math.min(reg.colStart, c);
                reg.colEnd = Math.max(reg.colEnd, c);
            }
        }
    }

    /** More ruling lines than this on one page is not a report table (and pairing them would be quadratic). */
    static final int MAX_SEGMENTS_PER_PAGE = 5_000;

    /** Finds the tables drawn on a page: groups of touching lines with at least two rows and two columns. */
    static List<LatticeTable> detect(List<Segment> horizontals, List<Segment> verticals, Deadline deadline) {
        List<Segment> all = new ArrayList<>(horizontals);
        all.addAll(verticals);
        if (all.size() > MAX_SEGMENTS_PER_PAGE) {
            return List.of();
        }
        int[] parent = new int[all.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < all.size(); i++) {
            deadline.check();
            for (int j = i + 1; j < all.size(); j++) {
                if (touch(all.get(i), all.get(j))) {
                    union(parent, i, j);
                }
            }
        }
        TreeMap<Integer, List<Segment>> groups = new TreeMap<>();
        for (int i = 0; i < all.size(); i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(all.get(i));
        }
        List<LatticeTable> tables = new ArrayList<>();
        for (List<Segment> group : groups.values()) {
            List<Segment> hs = group.stream().filter(LatticeTable::horizontal).toList();
            List<Segment> vs = group.stream().filter(s -> !horizontal(s)).toList();
            List<Float> xs = distinct(vs.stream().map(Segment::x1).toList());
            List<Float> ys = distinct(hs.stream().map(Segment::y1).toList());
            if (xs.size() >= 2 && ys.size() >= 2) {
                tables.add(new LatticeTable(xs, ys, hs, vs));
            }
        }
        tables.sort(Comparator.comparingDouble(LatticeTable::top));
        return tables;
    }

    double top() {
        return ys.get(0);
    }

    /** Puts the glyph into the cell under its centre; false when it lies outside this table. */
    boolean place(Glyph glyph) {
        int col = index(xs, glyph.centerX());
        int row = index(ys, glyph.centerY());
        if (col < 0 || row < 0) {
            return false;
        }
        regions.get(region[row][col]).glyphs.add(glyph);
        return true;
    }

    /**
     * When this table continues {@code previous} on a new page and its first grid row is the tail of a row the
     * page break cut (text only in the label columns, nothing where the previous row has numbers), moves that
     * text up into the previous row. Returns true when it did.
     */
    boolean continueSplitRow(LatticeTable previous) {
        if (xs.size() != previous.xs.size() || ys.size() < 3) {
            return false;
        }
        for (int c = 0; c < xs.size(); c++) {
            if (Math.abs(xs.get(c) - previous.xs.get(c)) > TOLERANCE) {
                return false;
            }
        }
        int last = previous.ys.size() - 2;
        boolean anyText = false;
        for (int c = 0; c < xs.size() - 1; c++) {
            Region here = regions.get(region[0][c]);
            String text = here.rowStart == 0 && here.colStart == c ? here.text() : "";
            Region aboveRegion = previous.regions.get(previous.region[last][c]);
            String above = aboveRegion.text();
            if (!text.isBlank()) {
                // A cut cell continues with exactly its own columns; a caption spanning more is a new row.
                if (isNumber(text) || isNumber(above) || here.colEnd != aboveRegion.colEnd
                        || aboveRegion.colStart != c) {
                    return false;
                }
                anyText = true;
            }
        }
        if (!anyText) {
            return false;
        }
        for (int c = 0; c < xs.size() - 1; c++) {
            Region here = regions.get(region[0][c]);
            if (here.rowStart == 0 && here.colStart == c && here.rowEnd == 0 && !here.text().isBlank()) {
                Region above = previous.regions.get(previous.region[last][c]);
                above.carried.append(here.text());
            }
        }
        firstRowMovedUp = true;
        return true;
    }

    private static boolean isNumber(String text) {
        return text.strip().matches("[+-]?[0-9][0-9,.]*");
    }

    Table toTable() {
        List<List<TableCell>> rows = new ArrayList<>();
        for (int r = firstRowMovedUp ? 1 : 0; r < ys.size() - 1; r++) {
            List<TableCell> cells = new ArrayList<>();
            for (int c = 0; c < xs.size() - 1; c++) {
                Region reg = regions.get(region[r][c]);
                int start = firstRowMovedUp ? Math.max(1, reg.rowStart) : reg.rowStart;
                if (start == r && reg.colStart == c) {
                    cells.add(new TableCell(reg.text(), reg.rowEnd - start + 1, reg.colEnd - reg.colStart + 1));
                }
            }
            if (!cells.isEmpty()) {
                rows.add(cells);
            }
        }
        return new Table(rows);
    }

    private static String text(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::x));
        List<List<Glyph>> lines = new ArrayList<>();
        for (Glyph g : sorted) {
            List<Glyph> last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
            if (last != null && Math.abs(last.get(0).baseline() - g.baseline()) <= Math.max(1.5f, g.fontSize() * 0.3f)) {
                last.add(g);
            } else {
                List<Glyph> line = new ArrayList<>();
                line.add(g);
                lines.add(line);
            }
        }
        StringBuilder sb = new StringBuilder();
        for (List<Glyph> line : lines) {
            line.sort(Comparator.comparingDouble(Glyph::x));
            if (sb.length() > 0) {
                sb.append('\n');
            }
            line.forEach(g -> sb.append(g.text()));
        }
        return sb.toString().strip();
    }

    private static int index(List<Float> edges, float value) {
        for (int i = 0; i < edges.size() - 1; i++) {
            if (value >= edges.get(i) && value < edges.get(i + 1)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean hasVertical(List<Segment> verticals, float x, float y) {
        for (Segment v : verticals) {
            if (Math.abs(v.x1() - x) <= TOLERANCE && y >= v.y1() - TOLERANCE && y <= v.y2() + TOLERANCE) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasHorizontal(List<Segment> horizontals, float y, float x) {
        for (Segment h : horizontals) {
            if (Math.abs(h.y1() - y) <= TOLERANCE && x >= h.x1() - TOLERANCE && x <= h.x2() + TOLERANCE) {
                return true;
            }
        }
        return false;
    }

    private static boolean horizontal(Segment s) {
        return s.y1() == s.y2();
    }

    private static boolean touch(Segment a, Segment b) {
        float t = TOLERANCE;
        return a.x1() - t <= b.x2() && b.x1() - t <= a.x2() && a.y1() - t <= b.y2() && b.y1() - t <= a.y2();
    }

    private static List<Float> distinct(List<Float> values) {
        List<Float> sorted = new ArrayList<>(values);
        sorted.sort(Float::compare);
        List<Float> out = new ArrayList<>();
        for (Float v : sorted) {
            if (out.isEmpty() || v - out.get(out.size() - 1) > TOLERANCE) {
                out.add(v);
            }
        }
        return out;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }
}
