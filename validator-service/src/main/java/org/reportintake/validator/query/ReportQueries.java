package org.reportintake.validator.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.reportintake.model.event.Finding;
import org.reportintake.model.event.ReportHeadline;
import org.reportintake.model.event.ReportValidated;
import org.reportintake.model.event.Severity;
import org.reportintake.model.event.Verdict;
import org.reportintake.validator.api.model.FindingCounts;
import org.reportintake.validator.api.model.FindingView;
import org.reportintake.validator.api.model.ReportDetail;
import org.reportintake.validator.api.model.ReportPage;
import org.reportintake.validator.api.model.ReportSummary;
import org.reportintake.validator.api.model.ReportVersion;
import org.reportintake.validator.api.model.VersionStatus;
import org.reportintake.validator.store.ReportRepository;
import org.reportintake.validator.store.VerdictRepository;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;

/** Reads submissions for the API: one row per verdict, joined with the current-version pointers. */
@ApplicationScoped
public class ReportQueries {

    private final VerdictRepository verdicts;
    private final ReportRepository reports;

    public ReportQueries(VerdictRepository verdicts, ReportRepository reports) {
        this.verdicts = verdicts;
        this.reports = reports;
    }

    /** Official submissions (no dry runs), newest first. */
    public ReportPage list(ReportFilter filter) {
        List<Bson> criteria = new ArrayList<>();
        criteria.add(Filters.ne("dryRun", true));
        if (filter.agencyId() != null) {
            criteria.add(Filters.eq("agencyId", filter.agencyId()));
        }
        if (filter.year() != null) {
            criteria.add(Filters.eq("reportYear", filter.year()));
        }
        if (filter.verdict() != null) {
            criteria.add(Filters.eq("verdict", filter.verdict().name()));
        }
        if (filter.ruleId() != null) {
            criteria.add(Filters.eq("ruleIds", filter.ruleId()));
        }
        Bson where = Filters.and(criteria);
        long total = verdicts.collection().countDocuments(where);
        List<Document> page = new ArrayList<>();
        verdicts.collection().find(where)
                .projection(Projections.exclude("event"))
                .sort(Sorts.orderBy(Sorts.descending("submittedAt"), Sorts.ascending("_id")))
                .skip(filter.offset())
                .limit(filter.limit())
                .forEach(page::add);
        Set<String> current = reports.currentAmong(page.stream().map(d -> d.getString("_id")).toList());
        List<ReportSummary> items = page.stream().map(d -> summary(d, current.contains(d.getString("_id")))).toList();
        return new ReportPage(total, filter.limit(), filter.offset(), items);
    }

    public Optional<ReportDetail> detail(String submissionId) {
        return verdicts.find(submissionId).map(VerdictRepository.StoredVerdict::event).map(this::detail);
    }

    private ReportDetail detail(ReportValidated event) {
        ReportHeadline headline = event.headline() == null ? new ReportHeadline(null, null, null, null, null) : event.headline();
        String submissionId = event.submission().submissionId();
        String agencyId = event.submission().agencyId();
        Integer year = headline.reportYear();
        List<ReportVersion> versions = List.of();
        String currentId = null;
        if (year != null) {
            currentId = reports.currentSubmissionId(agencyId, year).orElse(null);
            versions = versions(agencyId, year, currentId);
        }
        List<Finding> findings = event.findings();
        return new ReportDetail(submissionId, agencyId, year, headline.title(), headline.agencyName(),
                headline.templateVersion(), event.verdict(), submissionId.equals(currentId), event.submission().dryRun(),
                event.submission().submittedAt(), event.validatedAt(),
                FindingCounts.of(findings.stream().map(Finding::severity).toList()),
                findings.stream().map(FindingView::of).toList(), versions);
    }

    private List<ReportVersion> versions(String agencyId, int year, String currentId) {
        return reports.versions(agencyId, year).stream()
                .map(d -> new ReportVersion(d.getString("_id"), instant(d.getDate("submittedAt")),
                        Verdict.valueOf(d.getString("verdict")),
                        d.getString("_id").equals(currentId) ? VersionStatus.CURRENT : VersionStatus.SUPERSEDED))
                .toList();
    }

    private static ReportSummary summary(Document verdict, boolean current) {
        List<Severity> severities = verdict.getList("findings", Document.class, List.of()).stream()
                .map(f -> Severity.valueOf(f.getString("severity")))
                .toList();
        return new ReportSummary(verdict.getString("_id"), verdict.getString("agencyId"),
                verdict.getInteger("reportYear"), Verdict.valueOf(verdict.getString("verdict")), current,
                // Verdicts stored before submittedAt was recorded have none.
                instant(verdict.getDate("submittedAt")), FindingCounts.of(severities),
                verdict.getList("ruleIds", String.class, List.of()));
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
