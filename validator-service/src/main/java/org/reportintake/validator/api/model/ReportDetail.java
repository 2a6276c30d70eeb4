package org.reportintake.validator.api.model;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.reportintake.model.event.Verdict;
import org.reportintake.model.report.TemplateVersion;

/**
 * One submission with its verdict and findings, and every stored version of the same agency's report for the year.
 *
 * @param dryRun   a pre-check: validated but never stored as a version, so never current
 * @param versions oldest first; empty when the year could not be read
 */
@Schema(description = "One submission with its verdict, findings and the agency's versions for the year")
public record ReportDetail(String submissionId, String agencyId, Integer year, String title, String agencyName,
                           TemplateVersion templateVersion, Verdict verdict, boolean current, boolean dryRun,
                           Instant submittedAt, Instant validatedAt, FindingCounts counts, List<FindingView> findings,
                           List<ReportVersion> versions) {
}
