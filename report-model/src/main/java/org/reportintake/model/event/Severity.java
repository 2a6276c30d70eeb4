package org.reportintake.model.event;

/** How serious a finding is, and which verdict it leads to. */
public enum Severity {
    /** The report cannot be accepted and the agency must correct it (verdict REJECTED). */
    REJECT,
    /**
     * We could not read or check this part with confidence (verdict NEEDS_REVIEW). Wins over REJECT: a rejection
     * that may come from our misreading is never sent.
     */
    REVIEW,
    /** A quality or compliance problem; the data is kept. */
    WARN,
    /** Noted for the record. */
    INFO
}
