/**
 * The report crawler (issue 7): finds 政府信息公开工作年度报告 on agencies' websites and submits them through intake's
 * outbox like uploads ({@code SubmissionSource.CRAWL}, {@code sourceUrl}, {@code publishedOn}).
 *
 * <p>Flow: {@link org.reportintake.intake.crawl.CrawlScheduler} (cron {@code intake.crawl.cron}) or
 * {@code POST /api/crawls} → {@link org.reportintake.intake.crawl.CrawlService} takes the MongoDB lease
 * ({@code crawl_lease/_id:"crawl"}) → one {@link org.reportintake.intake.crawl.SiteCrawler} per agency from
 * {@code agencies} (front page → 政府信息公开 → 年报 column → pagination → report pages → page HTML or attachment) →
 * {@link org.reportintake.intake.crawl.CrawlDocumentService} (dedup and change detection in {@code crawl_documents})
 * → {@code SubmissionService.receive}. Every request goes through {@link org.reportintake.intake.crawl.GuardedFetcher}:
 * http(s) only, address guard on every hop ({@link org.reportintake.intake.crawl.AddressPolicy}), robots.txt, a pause
 * and one request at a time per host, conditional GET, timeouts and size limits.
 *
 * <p>For rule P3 (altered after publication): {@code crawl_documents} has, per {@code agencyId + " " + url},
 * {@code sha256}, {@code previousSha256}, {@code changedAfterFirstSeen}, {@code firstSeenAt}, {@code lastChangedAt},
 * {@code submissionId} and {@code versions[] {sha256, submissionId, seenAt}}; the crawl-run record repeats
 * {@code changedAfterFirstSeen} and {@code previousSha256} for each report under {@code agencies[].reports[]}. For an
 * HTML report the hash is over the submitted, normalised content region (so visit counters are not "edits").
 */
package org.reportintake.intake.crawl;
