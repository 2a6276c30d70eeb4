package org.reportintake.intake.submission;

/** Where a submission is in the flow. ACCEPTED and REJECTED are final. */
public enum SubmissionStatus {
    RECEIVED,
    ACCEPTED,
    REJECTED;

    public boolean isFinal() {
        return this != RECEIVED;
    }
}
