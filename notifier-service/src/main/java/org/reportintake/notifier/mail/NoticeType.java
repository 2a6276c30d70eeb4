package org.reportintake.notifier.mail;

import org.reportintake.model.event.Verdict;

/** The kinds of notice; each submission gets at most one of each. */
public enum NoticeType {
    /** The report was rejected and must be corrected. */
    REJECTION,
    /** The report was accepted (sent only when acceptance receipts are switched on). */
    ACCEPTANCE,
    /**
     * The report was received and is being checked by hand (待人工复核). Always sent: the agency must not take the
     * silence for acceptance, nor read our reading problem as its error, so it lists no finding.
     */
    REVIEW_RECEIPT,
    /** The report was received and filed as a pre-2019 report, not checked against the current formats. Always sent. */
    LEGACY_RECEIPT;

    /** The notice a verdict leads to. */
    public static NoticeType forVerdict(Verdict verdict) {
        if (verdict == null) {
            throw new IllegalArgumentException("a verdict event without a verdict");
        }
        return switch (verdict) {
            case REJECTED -> REJECTION;
            case ACCEPTED -> ACCEPTANCE;
            case NEEDS_REVIEW -> REVIEW_RECEIPT;
            case LEGACY -> LEGACY_RECEIPT;
        };
    }

    /** Whether sending this notice depends on {@code notifier.acceptance-receipts}. */
    public boolean optional() {
        return this == ACCEPTANCE;
    }
}
