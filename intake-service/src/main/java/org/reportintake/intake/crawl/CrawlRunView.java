package org.reportintake.intake.crawl;

import java.time.Instant;
import java.util.List;

/** A crawl run as the API shows it; the stored {@link CrawlRun} may grow fields the API does not promise. */
public record CrawlRunView(String id, String trigger, String agencyId, String status, Instant startedAt, Instant finishedAt,
        int pagesFetched, int reportsFound, int newReports, int changedReports, int unchangedReports,
        List<CrawlRun.AgencyResult> agencies, List<CrawlRun.CrawlError> errors) {

    static CrawlRunView of(CrawlRun run) {
        return new CrawlRunView(run.id(), run.trigger(), run.agencyId(), run.status(), run.startedAt(), run.finishedAt(),
                run.pagesFetched(), run.reportsFound(), run.newReports(), run.changedReports(), run.unchangedReports(),
                run.agencies(), run.errors());
    }
}
