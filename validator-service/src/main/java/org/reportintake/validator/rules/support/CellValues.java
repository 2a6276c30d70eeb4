package org.reportintake.validator.rules.support;

import java.math.BigDecimal;
import java.util.Optional;

import org.reportintake.model.report.ApplicantColumn;
import org.reportintake.model.report.ApplicationRow;
import org.reportintake.model.report.ApplicationTable;
import org.reportintake.model.report.CaseGroup;
import org.reportintake.model.report.CaseOutcome;
import org.reportintake.model.report.CaseTable;
import org.reportintake.model.report.Cell;
import org.reportintake.model.report.DisclosureColumn;
import org.reportintake.model.report.DisclosureRow;
import org.reportintake.model.report.DisclosureTable;

/**
 * Numeric values of cells for arithmetic. A blank or placeholder counts as 0 (N2 records it);
 * a missing or unparseable cell has no value, so arithmetic on it is skipped (S4/S5/N1 report those).
 */
public final class CellValues {

    private CellValues() {
    }

    public static Optional<BigDecimal> of(Optional<Cell> cell) {
        return cell.map(Cell::valueOrZero);
    }

    public static Optional<BigDecimal> of(ApplicationTable table, ApplicationRow row, ApplicantColumn column) {
        return table == null ? Optional.empty() : of(table.cell(row, column));
    }

    public static Optional<BigDecimal> of(CaseTable table, CaseGroup group, CaseOutcome outcome) {
        return table == null ? Optional.empty() : of(table.cell(group, outcome));
    }

    public static Optional<BigDecimal> of(DisclosureTable table, DisclosureRow row, DisclosureColumn column) {
        return table == null ? Optional.empty() : of(table.cell(row, column));
    }

    public static boolean isBlank(Optional<Cell> cell) {
        return cell.map(Cell::isEmpty).orElse(false);
    }
}
