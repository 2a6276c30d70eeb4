package org.reportintake.validator.api.model;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One row of table 三 summed over reports, 总计 column.
 *
 * @param row     the row's enum name, e.g. NEW_RECEIVED
 * @param label   the canonical Chinese label
 * @param total   Σ of the row's 总计 cells (blank cells count as nothing)
 * @param reports how many reports have the row
 */
@Schema(description = "A row of table 三 (总计 column) summed over the year's current reports")
public record ApplicationRowTotal(String row, String label, BigDecimal total, long reports) {
}
