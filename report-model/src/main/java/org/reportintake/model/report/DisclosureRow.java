package org.reportintake.model.report;

/** The data rows of table 二 (主动公开政府信息情况), V30 and V60. */
public enum DisclosureRow {
    REGULATIONS("第二十条第（一）项", "规章"),
    NORMATIVE_DOCUMENTS("第二十条第（一）项", "行政规范性文件"),
    LICENSING("第二十条第（五）项", "行政许可"),
    /** V60 only. */
    OTHER_MANAGEMENT_SERVICES("第二十条第（五）项", "其他对外管理服务事项"),
    PENALTY("第二十条第（六）项", "行政处罚"),
    COERCION("第二十条第（六）项", "行政强制"),
    FEES("第二十条第（八）项", "行政事业性收费"),
    /** V60 only. */
    PROCUREMENT("第二十条第（九）项", "政府集中采购");

    private final String item;
    private final String label;

    DisclosureRow(String item, String label) {
        this.item = item;
        this.label = label;
    }

    /** The caption of the block the row belongs to, e.g. 第二十条第（一）项. */
    public String item() {
        return item;
    }

    /** The canonical Chinese row label. */
    public String label() {
        return label;
    }
}
