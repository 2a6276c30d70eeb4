package org.reportintake.intake.submission;

import java.time.Instant;
import java.util.List;

import org.reportintake.model.event.Finding;
import org.reportintake.model.event.ReportSubmitted;

/**
 * A submission as stored by intake: what was received and, once validated, its verdict.
 *
 * @param event       the ReportSubmitted event exactly as published (also the outbox payload)
 * @param status      where it is in the flow
 * @param verdict     the validator's verdict (ACCEPTED, REJECTED, NEEDS_REVIEW, LEGACY) once validated, else null
 * @param findings    the validator's findings once validated
 * @param validatedAt when the verdict arrived
 */
public record SubmissionRecord(ReportSubmitted event, SubmissionStatus status, String verdict, List<Finding> findings,
        Instant validatedAt) {

    public String id() {
        return event.submissionId();
    }
}
