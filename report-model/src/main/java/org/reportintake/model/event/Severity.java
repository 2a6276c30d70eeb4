package org.reportintake.model.event;

/** How serious a finding is. */
public enum Severity {
    /** The report cannot be accepted and must be corrected. */
    REJECT,
    /** A quality or compliance problem; the data is kept. */
    WARN,
    /** Noted for the record. */
    INFO
}
