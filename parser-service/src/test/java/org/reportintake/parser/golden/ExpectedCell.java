package org.reportintake.parser.golden;

import java.math.BigDecimal;

import org.reportintake.model.report.CellKind;

/**
 * An expected cell written as in the expectation literals: {@code 12} an integer, {@code 378.42d} a decimal,
 * {@code _} blank, {@code —} a placeholder.
 */
record ExpectedCell(CellKind kind, BigDecimal value) {

    static ExpectedCell parse(String token) {
        if (token.equals("_")) {
            return new ExpectedCell(CellKind.BLANK, null);
        }
        if (token.equals("—")) {
            return new ExpectedCell(CellKind.PLACEHOLDER, null);
        }
        if (token.endsWith("d")) {
            return new ExpectedCell(CellKind.DECIMAL, new BigDecimal(token.substring(0, token.length() - 1))).normalised();
        }
        return new ExpectedCell(CellKind.INTEGER, new BigDecimal(token)).normalised();
    }

    /** Compares values by number, not by scale (0 and 0.00 are the same amount). */
    ExpectedCell normalised() {
        return value == null ? this : new ExpectedCell(kind, new BigDecimal(value.stripTrailingZeros().toPlainString()));
    }

    @Override
    public String toString() {
        return value == null ? kind.name() : kind + " " + value.toPlainString();
    }
}
