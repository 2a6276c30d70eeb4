package org.reportintake.intake.crawl;

import java.util.List;

/** Remembers crawled documents and decides what is submitted: new, changed (a new version) or unchanged. */
interface DocumentLedger {

    List<KnownDocument> knownForPage(String agencyId, String pageUrl);

    KnownDocument known(String agencyId, String url);

    /** Submits the document if its content is new at this URL; records it either way. */
    CrawlRun.ReportResult accept(CrawledDocument document) throws java.io.IOException;

    /** The server answered 304: nothing to read, nothing to submit. */
    CrawlRun.ReportResult notModified(KnownDocument document, Validators validators);
}
