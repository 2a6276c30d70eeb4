package org.reportintake.validator.api.model;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.reportintake.model.event.Verdict;

/**
 * One submission (one version of an agency's report) in a list.
 *
 * @param year    the report year read from the report; null when the file could not be read
 * @param current true when this is the version that counts for the agency and year
 */
@Schema(description = "One submitted version of an agency's annual report and its verdict")
public record ReportSummary(String submissionId, String agencyId, Integer year, Verdict verdict, boolean current,
                            Instant submittedAt, FindingCounts findings, List<String> ruleIds) {
}
