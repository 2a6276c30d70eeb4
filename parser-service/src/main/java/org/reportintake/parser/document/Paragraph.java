package org.reportintake.parser.document;

/** One paragraph (or one line, for formats without paragraphs) of running text. */
public record Paragraph(String text) implements Block {
}
