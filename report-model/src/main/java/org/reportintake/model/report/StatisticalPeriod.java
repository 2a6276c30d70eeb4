package org.reportintake.model.report;

import java.time.LocalDate;

/**
 * The statistical period stated in the report, e.g. 自2023年1月1日起至2023年12月31日止.
 *
 * @param from first day
 * @param to   last day
 */
public record StatisticalPeriod(LocalDate from, LocalDate to) {
}
