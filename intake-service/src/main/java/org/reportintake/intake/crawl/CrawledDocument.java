package org.reportintake.intake.crawl;

import java.time.LocalDate;

/**
 * A report document as fetched: the page's normalised HTML or an attachment's bytes.
 *
 * @param pageValidators validators of the detail page, kept for attachments so the page can be asked conditionally
 */
record CrawledDocument(String agencyId, String url, String pageUrl, DocumentKind kind, byte[] bytes, String fileName,
        String title, LocalDate publishedOn, String publisher, Validators validators, Validators pageValidators) {

    enum DocumentKind {
        /** The detail page is the report. */
        PAGE,
        /** An attachment of the detail page is the report. */
        ATTACHMENT
    }
}
