package org.reportintake.model.report;

/** The six sections of the report, in their fixed order, with the canonical headings. */
public enum SectionKind {
    GENERAL("一、总体情况"),
    ACTIVE_DISCLOSURE("二、主动公开政府信息情况"),
    APPLICATIONS("三、收到和处理政府信息公开申请情况"),
    REVIEW_AND_LITIGATION("四、政府信息公开行政复议、行政诉讼情况"),
    PROBLEMS_AND_IMPROVEMENTS("五、存在的主要问题及改进情况"),
    OTHER_MATTERS("六、其他需要报告的事项");

    private final String canonicalHeading;

    SectionKind(String canonicalHeading) {
        this.canonicalHeading = canonicalHeading;
    }

    public String canonicalHeading() {
        return canonicalHeading;
    }
}
