package org.reportintake.validator.api.model;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.reportintake.model.event.Verdict;

/** One stored version of an agency's report for a year. */
@Schema(description = "One stored version of the agency's report for the year")
public record ReportVersion(String submissionId, Instant submittedAt, Verdict verdict, VersionStatus status) {
}
