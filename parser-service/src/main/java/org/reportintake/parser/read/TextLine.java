package org.reportintake.parser.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/** Glyphs outside tables grouped into visual lines, and lines joined into paragraphs. */
final class TextLine {

    private static final Pattern PAGE_DECORATION = Pattern.compile("^[—\\-－\\s]*\\d+[—\\-－\\s]*$|^第\\s*\\d+\\s*页.*$");

    /** A line opening with an item number starts a new paragraph even after a full line. */
    private static final Pattern HEADING_START = Pattern.compile("^[（(]?[一二三四五六七八九十]{1,2}[）)、]|^[（(][0-9]{1,2}[）)]");
    /** Latin words and numbers wrap early, so a shorter line ending in one still continues. */
    private static final Pattern WORD_WRAP_END = Pattern.compile("[0-9A-Za-z\\-.@/:]$");

    private final StringBuilder text = new StringBuilder();
    private final float top;
    private final float left;
    private float right;
    private final float fontSize;
    /** How many visual lines were joined into this paragraph. */
    private int lineCount = 1;

    private TextLine(Glyph first) {
        this.top = first.top();
        this.left = first.x();
        this.right = first.right();
        this.fontSize = first.fontSize();
        text.append(first.text());
    }

    double top() {
        return top;
    }

    String text() {
        return text.toString().strip();
    }

    boolean isPageDecoration() {
        return PAGE_DECORATION.matcher(text()).matches();
    }

    /** Lines in reading order; a line that runs to the right margin continues into the next unindented line. */
    static List<TextLine> group(List<Glyph> glyphs) {
        List<List<Glyph>> rows = rows(glyphs);
        List<TextLine> lines = new ArrayList<>();
        for (List<Glyph> row : rows) {
            TextLine line = new TextLine(row.get(0));
            for (int i = 1; i < row.size(); i++) {
                Glyph g = row.get(i);
                Glyph prev = row.get(i - 1);
                if (g.x() - prev.right() > g.fontSize() * 1.5f && !g.text().isBlank() && !prev.text().isBlank()) {
                    line.text.append(' ');
                }
                line.text.append(g.text());
                line.right = Math.max(line.right, g.right());
            }
            lines.add(line);
        }
        return joinWrapped(lines);
    }

    /** Glyphs grouped by baseline, top to bottom, each row left to right. */
    static List<List<Glyph>> rows(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::x));
        List<List<Glyph>> rows = new ArrayList<>();
        for (Glyph g : sorted) {
            List<Glyph> last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
            if (last != null && Math.abs(last.get(0).baseline() - g.baseline()) <= Math.max(1.5f, g.fontSize() * 0.3f)) {
                last.add(g);
            } else {
                List<Glyph> row = new ArrayList<>();
                row.add(g);
                rows.add(row);
            }
        }
        rows.forEach(row -> row.sort(Comparator.comparingDouble(Glyph::x)));
        return rows;
    }

    private static List<TextLine> joinWrapped(List<TextLine> lines) {
        float margin = 0;
        for (TextLine line : lines) {
            margin = Math.max(margin, line.right);
        }
        List<TextLine> out = new ArrayList<>();
        TextLine current = null;
        for (TextLine line : lines) {
            boolean continues = current != null
                    && !HEADING_START.matcher(line.text()).find()
                    && (current.right >= margin - 2.5f * current.fontSize
                        || (current.right >= margin * 0.75f && WORD_WRAP_END.matcher(current.text).find()))
                    && line.left <= current.left + current.fontSize * 0.5f + 1
                    && line.top - current.top < current.fontSize * 3f * Math.max(1, current.lineCount);
            if (continues) {
                current.text.append(line.text);
                current.right = line.right;
                current.lineCount++;
            } else {
                current = line;
                out.add(line);
            }
        }
        return out;
    }
}
