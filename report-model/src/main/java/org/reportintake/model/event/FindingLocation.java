package org.reportintake.model.event;

/**
 * Where a finding applies. Any part may be null when it does not apply.
 *
 * @param section     the report section, e.g. "三、收到和处理政府信息公开申请情况"
 * @param table       the table, e.g. "三"
 * @param rowLabel    the canonical row label, e.g. "一、本年新收政府信息公开申请数量"
 * @param columnLabel the canonical column label, e.g. "自然人"
 */
public record FindingLocation(String section, String table, String rowLabel, String columnLabel) {
}
