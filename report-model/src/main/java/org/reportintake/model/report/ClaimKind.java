package org.reportintake.model.report;

/** Numbers stated in the narrative that rule T1 compares with the tables. */
public enum ClaimKind {
    /** 收到/受理 X 件 (may be 新收 or 新收 + 上年结转). */
    APPLICATIONS_RECEIVED,
    /** 新收 X 件. */
    APPLICATIONS_NEW,
    /** 上年结转 X 件. */
    APPLICATIONS_CARRIED_FROM_PREVIOUS_YEAR,
    /** 办结/答复 X 件. */
    APPLICATIONS_HANDLED,
    /** 结转下年度 X 件. */
    APPLICATIONS_CARRIED_TO_NEXT_YEAR,
    /** 予以公开 X 件. */
    APPLICATIONS_DISCLOSED,
    /** 行政复议 X 件. */
    ADMINISTRATIVE_REVIEWS,
    /** 行政诉讼 X 件. */
    LAWSUITS,
    /** 规范性文件 制发 X 件. */
    NORMATIVE_DOCUMENTS_ISSUED,
    /** 规范性文件 废止 X 件. */
    NORMATIVE_DOCUMENTS_REPEALED,
    /** 规范性文件 现行有效 X 件. */
    NORMATIVE_DOCUMENTS_IN_FORCE
}
