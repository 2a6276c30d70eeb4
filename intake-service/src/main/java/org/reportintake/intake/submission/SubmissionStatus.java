package org.reportintake.intake.submission;

import org.reportintake.model.event.Verdict;

/**
 * Where a submission is in the flow. Every status but RECEIVED is final: one per verdict of the validator.
 * NEEDS_REVIEW and LEGACY are not failures of the agency (see {@link Verdict}).
 */
public enum SubmissionStatus {
    RECEIVED("已接收，正在检查"),
    ACCEPTED("检查通过"),
    REJECTED("退回修改"),
    NEEDS_REVIEW(Verdict.NEEDS_REVIEW.labelZh()),
    LEGACY(Verdict.LEGACY.labelZh());

    private final String labelZh;

    SubmissionStatus(String labelZh) {
        this.labelZh = labelZh;
    }

    /** The words the agency sees, in the portal and in the API's {@code statusZh}. */
    public String labelZh() {
        return labelZh;
    }

    public boolean isFinal() {
        return this != RECEIVED;
    }

    /** The final status a verdict leads to; spelled out so that a new verdict fails to compile here, not at read time. */
    public static SubmissionStatus of(Verdict verdict) {
        return switch (verdict) {
            case ACCEPTED -> ACCEPTED;
            case REJECTED -> REJECTED;
            case NEEDS_REVIEW -> NEEDS_REVIEW;
            case LEGACY -> LEGACY;
        };
    }
}
