package org.reportintake.intake.crawl;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A crawl run as stored in {@code crawl_runs}.
 *
 * @param agencyId the one agency asked for, or null for all
 * @param status   RUNNING, FINISHED or FAILED
 */
public record CrawlRun(String id, String trigger, String agencyId, String status, Instant startedAt, Instant finishedAt,
        int pagesFetched, int reportsFound, int newReports, int changedReports, int unchangedReports,
        List<AgencyResult> agencies, List<CrawlError> errors) {

    public enum ReportOutcome {
        NEW,
        /** Content differs from what was first seen at this URL: submitted again as a new version (rule P3). */
        CHANGED,
        UNCHANGED
    }

    public record AgencyResult(String agencyId, String name, List<String> columnUrls, int pagesFetched, int reportsFound,
            int newReports, int changedReports, int unchangedReports, long durationMillis, List<ReportResult> reports,
            List<CrawlError> errors) {
    }

    /**
     * One report document found.
     *
     * @param changedAfterFirstSeen the content at this URL has changed since it was first seen
     * @param previousSha256        the hash before the latest change, if it changed
     */
    public record ReportResult(String url, String pageUrl, String title, LocalDate publishedOn, String publisher,
            ReportOutcome outcome, String sha256, String submissionId, boolean changedAfterFirstSeen, String previousSha256) {
    }

    public record CrawlError(String agencyId, String url, String reason) {
    }
}
