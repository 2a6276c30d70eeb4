package org.reportintake.model.report;

/** The three groups of table 四, in table order. */
public enum CaseGroup {
    ADMINISTRATIVE_REVIEW("行政复议"),
    LITIGATION_WITHOUT_REVIEW("行政诉讼 未经复议直接起诉"),
    LITIGATION_AFTER_REVIEW("行政诉讼 复议后起诉");

    private final String label;

    CaseGroup(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
