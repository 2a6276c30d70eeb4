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
 * @param origin      read, recovered from a flattened run, computed, or uncertain (READ when absent)
 */
public record Cell(String table, String rowLabel, String columnLabel, String raw, CellKind kind, BigDecimal value,
                   CellOrigin origin) {

    public Cell {
        origin = origin == null ? CellOrigin.READ : origin;
    }

    /** A cell read from its own table cell. */
    public Cell(String table, String rowLabel, String columnLabel, String raw, CellKind kind, BigDecimal value) {
        this(table, rowLabel, columnLabel, raw, kind, value, CellOrigin.READ);
    }

    /** The same cell with another value and origin (the raw text stays as written). */
    public Cell withValue(CellKind newKind, BigDecimal newValue, CellOrigin newOrigin) {
        return new Cell(table, rowLabel, columnLabel, raw, newKind, newValue, newOrigin);
    }

    /** True when the value is one we could not read with confidence. */
    @JsonIgnore
    public boolean isUncertain() {
        return origin == CellOrigin.UNCERTAIN;
    }

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
