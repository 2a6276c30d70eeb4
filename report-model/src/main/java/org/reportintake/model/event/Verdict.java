package org.reportintake.model.event;

/**
 * The validator's decision. The boundary between the outcomes is written in the rule catalogue (each rule's and
 * each parse-failure code's outcome) and in docs/outcomes.md.
 */
public enum Verdict {
    /** Every rule ran; nothing the agency must fix. */
    ACCEPTED,
    /** A finding of severity REJECT: something the agency can and must fix. */
    REJECTED,
    /**
     * 待人工复核: the problem is our reading, not the report (tables not mapped with confidence, an ambiguous
     * flattened run, a timeout, a rule that could not run). The supervising office decides; the agency is never
     * told its report is wrong.
     */
    NEEDS_REVIEW,
    /** 历史格式年报（2018年及以前）: stored and classified, not checked against the 2019/2021 formats. */
    LEGACY;

    /** The words the agency sees for this outcome. */
    public String labelZh() {
        return switch (this) {
            case ACCEPTED -> "校验通过";
            case REJECTED -> "需要更正";
            case NEEDS_REVIEW -> "待人工复核";
            case LEGACY -> "历史格式年报（2018年及以前），不适用现行格式校验";
        };
    }
}
