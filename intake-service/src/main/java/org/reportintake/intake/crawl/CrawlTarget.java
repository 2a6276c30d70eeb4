package org.reportintake.intake.crawl;

/** An agency to crawl, from the {@code agencies} directory. {@code reportColumnUrl} may be null. */
public record CrawlTarget(String agencyId, String name, String websiteUrl, String reportColumnUrl) {
}
