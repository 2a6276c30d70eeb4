package org.reportintake.intake.crawl;

/** Body of {@code POST /api/crawls}: an agency id to crawl only that agency, or nothing for all. */
public record CrawlRequest(String agencyId) {
}
