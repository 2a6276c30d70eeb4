package org.reportintake.model.report;

/** The seven numeric columns of table 三, in table order. */
public enum ApplicantColumn {
    NATURAL_PERSON("自然人"),
    COMMERCIAL_ENTERPRISE("商业企业"),
    RESEARCH_INSTITUTION("科研机构"),
    PUBLIC_WELFARE_ORGANISATION("社会公益组织"),
    LEGAL_SERVICE_INSTITUTION("法律服务机构"),
    OTHER("其他"),
    TOTAL("总计");

    private final String label;

    ApplicantColumn(String label) {
        this.label = label;
    }

    /** The canonical Chinese column label. */
    public String label() {
        return label;
    }
}
