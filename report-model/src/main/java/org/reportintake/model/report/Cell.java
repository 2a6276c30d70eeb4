package org.reportintake.model.report;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * One numeric cell of a report table, as written and as read.
 *
 * @param table       "二", "三" or "四"
 * @param rowLabel    canonical row label (see the key enums)
 * @param columnLabel canonical column label
 * @param raw         the cell text exactly as extracted
 * @param kind        what the text holds
 * @param value       the parsed value for INTEGER and DECIMAL, null otherwise
 */
public record Cell(String table, String rowLabel, String columnLabel, String raw, CellKind kind, BigDecimal value) {

    /** True when the cell holds a number. */
    @JsonIgnore
    public boolean isNumber() {
        return kind == CellKind.INTEGER || kind == CellKind.DECIMAL;
    }

    /** True when the cell is blank or a placeholder, i.e. no number was written. */
    @JsonIgnore
    public boolean isEmpty() {
        return kind == CellKind.BLANK || kind == CellKind.PLACEHOLDER;
    }

    /** The value, or zero for a blank or placeholder cell; null for unparseable text. */
    public BigDecimal valueOrZero() {
        if (isNumber()) {
            return value;
        }
        return isEmpty() ? BigDecimal.ZERO : null;
    }
}
