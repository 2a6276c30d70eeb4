package org.reportintake.intake.crawl;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * The nightly crawl. {@code intake.crawl.cron} sets when (e.g. {@code 0 0 2 * * ?}; a denser schedule for
 * January–March is just another cron); {@code off} disables it. Every replica fires; the lease lets one crawl.
 */
@ApplicationScoped
public class CrawlScheduler {

    private static final Logger LOG = Logger.getLogger(CrawlScheduler.class);

    private final CrawlService crawls;

    public CrawlScheduler(CrawlService crawls) {
        this.crawls = crawls;
    }

    @Scheduled(identity = "report-crawl", cron = "${intake.crawl.cron:0 0 2 * * ?}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void crawlAll() {
        CrawlService.Start start = crawls.start("SCHEDULED", null);
        if (start.run() != null) {
            LOG.infof("Scheduled crawl %s started", start.run().id());
        }
    }
}
