/**
 * Reads government information disclosure annual reports (政府信息公开工作年度报告).
 *
 * <p>Pipeline: {@link org.reportintake.parser.read.FormatDetector} recognises the format from the bytes; one
 * {@link org.reportintake.parser.read.DocumentReader} per format (docx, doc/wps, pdf, html, the seeds' text layout)
 * produces the format-neutral {@link org.reportintake.parser.document.Document} (paragraphs, tables with row and
 * column spans); {@link org.reportintake.parser.recognition.ReportRecogniser} maps that document onto the shared
 * {@code AnnualReport}. {@link org.reportintake.parser.ReportParser} runs it under {@link
 * org.reportintake.parser.ParserLimits} and turns every problem into a {@link org.reportintake.parser.ParseOutcome}
 * with a {@code ParseFailure}.
 */
package org.reportintake.parser;
