package org.reportintake.intake.crawl;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code intake.crawl.*}: schedule, manners and limits of the report crawler. */
@ConfigMapping(prefix = "intake.crawl")
public interface CrawlConfig {

    /** Quartz-style cron of the scheduled crawl; {@code off} disables it. Read by {@link CrawlScheduler}. */
    @WithDefault("0 0 2 * * ?")
    String cron();

    /**
     * Names the product and where site owners learn about it; set {@code INTAKE_CRAWL_USER_AGENT} to the supervising
     * office's real crawler page in deployment (the default's .invalid host is a placeholder).
     */
    @WithDefault("report-intake-crawler/1.0 (+https://report-intake.invalid/crawler)")
    String userAgent();

    /** The token matched against robots.txt groups. */
    @WithDefault("report-intake-crawler")
    String robotsAgent();

    /** Pause between two requests to the same host. */
    @WithDefault("2s")
    Duration perHostDelay();

    @WithDefault("10s")
    Duration connectTimeout();

    /** Upper bound for one whole response, headers and body. */
    @WithDefault("60s")
    Duration readTimeout();

    /** Larger HTML pages are not read further. */
    @WithDefault("5242880")
    long maxPageBytes();

    /** Larger attachments are not read further. */
    @WithDefault("52428800")
    long maxDocumentBytes();

    @WithDefault("5")
    int maxRedirects();

    /** Column list pages (all pagination and sub-columns together) visited per agency. */
    @WithDefault("60")
    int maxListPages();

    /** Pages of the portal searched for the 政府信息公开 platform and its 年报 column. */
    @WithDefault("6")
    int maxDiscoveryPages();

    /** Agencies crawled at the same time; each host still sees one request at a time. */
    @WithDefault("4")
    int parallelAgencies();

    /** The lease is taken for this long and renewed at a third of it while the crawl runs. */
    @WithDefault("2m")
    Duration leaseDuration();

    /**
     * The only exceptions to the address guard: literal addresses / CIDR ranges ({@code 127.0.0.1/32}) or host names.
     * Empty in production.
     */
    Optional<List<String>> allowedAddresses();
}
