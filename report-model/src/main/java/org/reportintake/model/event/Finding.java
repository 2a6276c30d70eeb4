package org.reportintake.model.event;

import java.math.BigDecimal;

/**
 * One result of one rule.
 *
 * @param ruleId     stable rule id (S1, A1, ...)
 * @param severity   REJECT, WARN or INFO
 * @param messageZh  rendered message in Chinese
 * @param messageEn  rendered message in English
 * @param location   where in the report
 * @param reported   the value as written in the report, if any
 * @param computed   the value computed from the report, if any
 * @param difference reported minus computed, if both are known
 * @param hintZh     how to fix it, in Chinese
 * @param hintEn     how to fix it, in English
 */
public record Finding(
        String ruleId,
        Severity severity,
        String messageZh,
        String messageEn,
        FindingLocation location,
        BigDecimal reported,
        BigDecimal computed,
        BigDecimal difference,
        String hintZh,
        String hintEn) {
}
