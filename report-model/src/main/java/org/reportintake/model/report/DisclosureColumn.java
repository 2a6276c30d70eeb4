package org.reportintake.model.report;

/** The numeric columns of table 二, V30 and V60. */
public enum DisclosureColumn {
    // V30
    ISSUED("本年制发件数"),
    REPEALED("本年废止件数"),
    IN_FORCE("现行有效件数"),
    DECISIONS("本年处理决定数量"),
    /** Unit: 万元, a decimal. */
    FEE_AMOUNT("本年收费金额（单位：万元）"),
    // V60
    NEWLY_MADE("本年新制作数量"),
    NEWLY_PUBLISHED("本年新公开数量"),
    TOTAL_PUBLISHED("对外公开总数量"),
    PREVIOUS_YEAR_ITEMS("上一年项目数量"),
    /** May be negative. */
    CHANGE("本年增/减"),
    DECISIONS_V60("处理决定数量"),
    PROCUREMENT_ITEMS("采购项目数量"),
    /** Normalised to 万元 whatever unit the report wrote. */
    PROCUREMENT_AMOUNT("采购总金额");

    private final String label;

    DisclosureColumn(String label) {
        this.label = label;
    }

    /** The canonical Chinese column label. */
    public String label() {
        return label;
    }
}
