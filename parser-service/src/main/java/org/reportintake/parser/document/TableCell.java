package org.reportintake.parser.document;

/**
 * A table cell as written: its text and how many grid rows and columns it spans.
 * Cells covered by another cell's span are not listed.
 */
public record TableCell(String text, int rowSpan, int colSpan) {

    public TableCell {
        text = text == null ? "" : text;
        rowSpan = Math.max(1, rowSpan);
        colSpan = Math.max(1, colSpan);
    }

    public static TableCell of(String text) {
        return new TableCell(text, 1, 1);
    }
}
