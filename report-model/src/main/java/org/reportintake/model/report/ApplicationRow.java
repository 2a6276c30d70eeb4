package org.reportintake.model.report;

import java.util.EnumSet;
import java.util.Set;

/**
 * The data rows of table 三, in table order. V30 has 25 rows; V60 has 23 because （六）其他处理 is one row.
 */
public enum ApplicationRow {
    NEW_RECEIVED("一、本年新收政府信息公开申请数量", Group.NONE),
    CARRIED_FROM_PREVIOUS_YEAR("二、上年结转政府信息公开申请数量", Group.NONE),
    DISCLOSED("（一）予以公开", Group.OUTCOME),
    PARTLY_DISCLOSED("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", Group.OUTCOME),
    WITHHELD_STATE_SECRET("（三）不予公开 1.属于国家秘密", Group.OUTCOME),
    WITHHELD_PROHIBITED_BY_LAW("（三）不予公开 2.其他法律行政法规禁止公开", Group.OUTCOME),
    WITHHELD_THREE_SECURITIES("（三）不予公开 3.危及“三安全一稳定”", Group.OUTCOME),
    WITHHELD_THIRD_PARTY("（三）不予公开 4.保护第三方合法权益", Group.OUTCOME),
    WITHHELD_INTERNAL_AFFAIRS("（三）不予公开 5.属于三类内部事务信息", Group.OUTCOME),
    WITHHELD_PROCESS_INFORMATION("（三）不予公开 6.属于四类过程性信息", Group.OUTCOME),
    WITHHELD_ENFORCEMENT_FILE("（三）不予公开 7.属于行政执法案卷", Group.OUTCOME),
    WITHHELD_QUERY_MATTER("（三）不予公开 8.属于行政查询事项", Group.OUTCOME),
    UNAVAILABLE_NOT_HELD("（四）无法提供 1.本机关不掌握相关政府信息", Group.OUTCOME),
    UNAVAILABLE_NEEDS_CREATION("（四）无法提供 2.没有现成信息需要另行制作", Group.OUTCOME),
    UNAVAILABLE_STILL_UNCLEAR("（四）无法提供 3.补正后申请内容仍不明确", Group.OUTCOME),
    NOT_HANDLED_PETITION("（五）不予处理 1.信访举报投诉类申请", Group.OUTCOME),
    NOT_HANDLED_REPEATED("（五）不予处理 2.重复申请", Group.OUTCOME),
    NOT_HANDLED_PUBLICATION("（五）不予处理 3.要求提供公开出版物", Group.OUTCOME),
    NOT_HANDLED_MASS_REPEATED("（五）不予处理 4.无正当理由大量反复申请", Group.OUTCOME),
    NOT_HANDLED_CONFIRMATION("（五）不予处理 5.要求行政机关确认或重新出具已获取信息", Group.OUTCOME),
    OTHER_NO_CORRECTION("（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", Group.OUTCOME),
    OTHER_FEE_UNPAID("（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", Group.OUTCOME),
    OTHER_OTHER("（六）其他处理 3.其他", Group.OUTCOME),
    /** V60 only: （六）其他处理 as a single row. */
    OTHER_HANDLING_V60("（六）其他处理", Group.OUTCOME),
    TOTAL("（七）总计", Group.TOTAL),
    CARRIED_TO_NEXT_YEAR("四、结转下年度继续办理", Group.NONE);

    /** Which part of the table a row belongs to. */
    public enum Group {
        NONE,
        /** One of the outcome rows under 三、本年度办理结果 that add up to （七）总计. */
        OUTCOME,
        TOTAL
    }

    private final String label;
    private final Group group;

    ApplicationRow(String label, Group group) {
        this.label = label;
        this.group = group;
    }

    /** The canonical Chinese row label (sub-items carry their group's name). */
    public String label() {
        return label;
    }

    public Group group() {
        return group;
    }

    /** The rows a table of the given version has, in table order. */
    public static Set<ApplicationRow> rowsOf(TemplateVersion version) {
        EnumSet<ApplicationRow> rows = EnumSet.allOf(ApplicationRow.class);
        if (version == TemplateVersion.V60) {
            rows.removeAll(EnumSet.of(OTHER_NO_CORRECTION, OTHER_FEE_UNPAID, OTHER_OTHER));
        } else {
            rows.remove(OTHER_HANDLING_V60);
        }
        return rows;
    }
}
