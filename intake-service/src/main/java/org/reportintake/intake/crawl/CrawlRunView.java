package org.reportintake.intake.crawl;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A crawl run as the API shows it; kept apart from the stored {@link CrawlRun} so either can change alone. */
public record CrawlRunView(String id, String trigger, String agencyId, String status, Instant startedAt, Instant finishedAt,
        int pagesFetched, int reportsFound, int newReports, int changedReports, int unchangedReports,
        List<AgencyView> agencies, List<ErrorView> errors) {

    public record AgencyView(String agencyId, String name, List<String> columnUrls, int pagesFetched, int reportsFound,
            int newReports, int changedReports, int unchangedReports, long durationMillis, List<ReportView> reports,
            List<ErrorView> errors) {
    }

    public record ReportView(String url, String pageUrl, String title, LocalDate publishedOn, String publisher, String outcome,
            String sha256, String submissionId, boolean changedAfterFirstSeen, String previousSha256) {
    }

    public record ErrorView(String agencyId, String url, String reason) {
    }

    static CrawlRunView of(CrawlRun run) {
        return new CrawlRunView(run.id(), run.trigger(), run.agencyId(), run.status(), run.startedAt(), run.finishedAt(),
                run.pagesFetched(), run.reportsFound(), run.newReports(), run.changedReports(), run.unchangedReports(),
                run.agencies().stream().map(CrawlRunView::agency).toList(), errors(run.errors()));
    }

    private static AgencyView agency(CrawlRun.AgencyResult a) {
        return new AgencyView(a.agencyId(), a.name(), a.columnUrls(), a.pagesFetched(), a.reportsFound(), a.newReports(),
                a.changedReports(), a.unchangedReports(), a.durationMillis(),
                a.reports().stream().map(r -> new ReportView(r.url(), r.pageUrl(), r.title(), r.publishedOn(), r.publisher(),
                        r.outcome().name(), r.sha256(), r.submissionId(), r.changedAfterFirstSeen(), r.previousSha256())).toList(),
                errors(a.errors()));
    }

    private static List<ErrorView> errors(List<CrawlRun.CrawlError> errors) {
        return errors.stream().map(e -> new ErrorView(e.agencyId(), e.url(), e.reason())).toList();
    }
}
