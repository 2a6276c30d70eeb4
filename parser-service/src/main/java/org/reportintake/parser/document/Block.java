package org.reportintake.parser.document;

/** A top-level piece of a document: a paragraph or a table. */
public sealed interface Block permits Paragraph, Table {
}
