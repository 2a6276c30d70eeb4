package org.reportintake.intake.crawl;

import java.time.LocalDate;

/** A report document seen by an earlier crawl, from {@code crawl_documents}. */
record KnownDocument(String agencyId, String url, String pageUrl, CrawledDocument.DocumentKind kind, String fileName, String sha256,
        Validators validators, Validators pageValidators, String title, LocalDate publishedOn, String publisher,
        String submissionId, boolean changedAfterFirstSeen, String previousSha256) {
}
