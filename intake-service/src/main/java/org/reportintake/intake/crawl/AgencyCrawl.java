package org.reportintake.intake.crawl;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Figures and findings of one agency's crawl while it runs; turned into a {@link CrawlRun.AgencyResult} at the end. */
final class AgencyCrawl {

    final CrawlTarget target;
    final AtomicInteger pagesFetched = new AtomicInteger();
    final List<String> columnUrls = Collections.synchronizedList(new ArrayList<>());
    final List<CrawlRun.ReportResult> reports = Collections.synchronizedList(new ArrayList<>());
    final List<CrawlRun.CrawlError> errors = Collections.synchronizedList(new ArrayList<>());
    private final long startedNanos = System.nanoTime();

    AgencyCrawl(CrawlTarget target) {
        this.target = target;
    }

    void error(String url, String reason) {
        errors.add(new CrawlRun.CrawlError(target.agencyId(), url, reason));
    }

    CrawlRun.AgencyResult result() {
        long count = reports.size();
        long created = reports.stream().filter(r -> r.outcome() == CrawlRun.ReportOutcome.NEW).count();
        long changed = reports.stream().filter(r -> r.outcome() == CrawlRun.ReportOutcome.CHANGED).count();
        long unchanged = count - created - changed;
        return new CrawlRun.AgencyResult(target.agencyId(), target.name(), List.copyOf(columnUrls), pagesFetched.get(),
                (int) count, (int) created, (int) changed, (int) unchanged, (System.nanoTime() - startedNanos) / 1_000_000,
                List.copyOf(reports), List.copyOf(errors));
    }
}
