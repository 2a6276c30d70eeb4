package org.reportintake.intake.crawl;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/**
 * What a report's detail page says about the report.
 *
 * @param hasReportTables the page itself holds the report's tables (the HTML is the report)
 * @param reportHtml      the content region as a small UTF-8 HTML document, without navigation, scripts or counters
 * @param attachments     report attachments (.doc, .docx, .pdf, .wps), best format first
 */
public record ReportPage(URI url, String title, LocalDate publishedOn, String publisher, boolean hasReportTables,
        String reportHtml, List<Attachment> attachments) {

    public record Attachment(URI url, String fileName) {
    }
}
