package org.reportintake.model.event;

import java.time.Instant;
import java.util.List;

/**
 * The validator's verdict for one submission; published on {@link Topics#VALIDATED}, keyed by agency id.
 *
 * @param submission  the submission this answers
 * @param verdict     ACCEPTED or REJECTED
 * @param findings    every finding, most severe first
 * @param headline    what was read of the report (may be empty on a parse failure)
 * @param validatedAt when the verdict was reached
 */
public record ReportValidated(
        ReportSubmitted submission,
        Verdict verdict,
        List<Finding> findings,
        ReportHeadline headline,
        Instant validatedAt) {
}
