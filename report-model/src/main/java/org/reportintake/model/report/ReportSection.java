package org.reportintake.model.report;

/**
 * One of the six sections as found in the report.
 *
 * @param kind    which section
 * @param heading the heading as written
 * @param text    the section's text (paragraphs joined by newlines, tables left out)
 */
public record ReportSection(SectionKind kind, String heading, String text) {
}
