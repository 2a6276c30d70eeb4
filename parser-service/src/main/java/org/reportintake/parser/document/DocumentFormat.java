package org.reportintake.parser.document;

/** The formats the parser reads, recognised by content. */
public enum DocumentFormat {
    DOCX,
    /** Word 97 binary in an OLE2 container; WPS files saved as .doc/.wps use the same container. */
    DOC,
    PDF,
    HTML,
    TEXT
}
