package org.reportintake.intake.api;

import java.time.Instant;
import java.util.List;

import org.reportintake.intake.submission.SubmissionRecord;
import org.reportintake.model.event.ReportSubmitted;

import io.quarkus.qute.TemplateData;

/**
 * A submission as the API shows it. {@code status} is RECEIVED until the verdict, then ACCEPTED, REJECTED,
 * NEEDS_REVIEW (待人工复核, not the agency's error) or LEGACY (a pre-2019 report, not checked); {@code statusZh} is
 * its Chinese wording as the portal shows it (added later: clients that ignore unknown fields are unaffected).
 */
@TemplateData
public record SubmissionView(String id, String agencyId, String status, String statusZh, String verdict, String fileName,
        String mediaType, long size, String sha256, String source, boolean dryRun, Instant submittedAt, Instant validatedAt,
        List<FindingView> findings) {

    public static SubmissionView of(SubmissionRecord r) {
        ReportSubmitted e = r.event();
        return new SubmissionView(e.submissionId(), e.agencyId(), r.status().name(), r.status().labelZh(), r.verdict(),
                e.fileName(), e.mediaType(), e.size(), e.sha256(), e.source().name(), e.dryRun(), e.submittedAt(), r.validatedAt(),
                r.findings().stream().map(FindingView::of).toList());
    }
}
