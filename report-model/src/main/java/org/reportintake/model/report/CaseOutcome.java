package org.reportintake.model.report;

/** The five columns of each group of table 四, in table order. */
public enum CaseOutcome {
    UPHELD("结果维持"),
    CORRECTED("结果纠正"),
    OTHER("其他结果"),
    PENDING("尚未审结"),
    TOTAL("总计");

    private final String label;

    CaseOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
