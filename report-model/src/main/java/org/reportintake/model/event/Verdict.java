package org.reportintake.model.event;

/** The validator's decision: REJECTED if any finding has severity REJECT. */
public enum Verdict {
    ACCEPTED,
    REJECTED
}
