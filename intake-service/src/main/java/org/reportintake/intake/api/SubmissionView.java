package org.reportintake.intake.api;

import java.time.Instant;
import java.util.List;

import org.reportintake.intake.submission.SubmissionRecord;
import org.reportintake.model.event.ReportSubmitted;

import io.quarkus.qute.TemplateData;

/** A submission as the API shows it. {@code status} ends as ACCEPTED or REJECTED. */
@TemplateData
public record SubmissionView(String id, String agencyId, String status, String verdict, String fileName, String mediaType,
        long size, String sha256, String source, boolean dryRun, Instant submittedAt, Instant validatedAt,
        List<FindingView> findings) {

    public static SubmissionView of(SubmissionRecord r) {
        ReportSubmitted e = r.event();
        return new SubmissionView(e.submissionId(), e.agencyId(), r.status().name(), r.verdict(), e.fileName(), e.mediaType(),
                e.size(), e.sha256(), e.source().name(), e.dryRun(), e.submittedAt(), r.validatedAt(),
                r.findings().stream().map(FindingView::of).toList());
    }
}
