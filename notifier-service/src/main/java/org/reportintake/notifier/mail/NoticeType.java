package org.reportintake.notifier.mail;

/** The kinds of notice; each submission gets at most one of each. */
public enum NoticeType {
    /** The report was rejected and must be corrected. */
    REJECTION,
    /** The report was accepted (sent only when acceptance receipts are switched on). */
    ACCEPTANCE
}
