package org.reportintake.validator.rules.support;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.reportintake.model.report.AnnualReport;
import org.reportintake.model.report.ApplicantColumn;
import org.reportintake.model.report.ApplicationTable;
import org.reportintake.model.report.ApplicationTable.ApplicationCell;
import org.reportintake.model.report.Cell;
import org.reportintake.model.report.CellKind;
import org.reportintake.model.report.CellOrigin;

/**
 * Fills a blank 总计 of table 三 with the sum of its six applicant columns, marked COMPUTED, so that the other rules
 * check what the report evidently meant (some reports leave the whole 总计 column blank). A3 warns for each
 * computed total; a blank total whose applicants sum to 0 stays blank (it reads as 0 and N2 records it).
 */
public final class BlankTotals {

    private BlankTotals() {
    }

    public static AnnualReport complete(AnnualReport report) {
        ApplicationTable table = report.applications();
        if (table == null || table.cells() == null) {
            return report;
        }
        List<ApplicationCell> cells = new ArrayList<>(table.cells().size());
        boolean changed = false;
        for (ApplicationCell c : table.cells()) {
            Cell cell = c.cell();
            if (c.column() == ApplicantColumn.TOTAL && cell != null && cell.isEmpty()) {
                Optional<BigDecimal> sum = applicantSum(table, c);
                if (sum.isPresent() && sum.get().signum() != 0) {
                    cells.add(new ApplicationCell(c.row(), c.column(),
                            cell.withValue(CellKind.INTEGER, sum.get(), CellOrigin.COMPUTED)));
                    changed = true;
                    continue;
                }
            }
            cells.add(c);
        }
        if (!changed) {
            return report;
        }
        return new AnnualReport(report.metadata(), report.sections(), report.disclosures(),
                new ApplicationTable(cells), report.cases(), report.claims(), report.readingIssues());
    }

    private static Optional<BigDecimal> applicantSum(ApplicationTable table, ApplicationCell total) {
        BigDecimal sum = BigDecimal.ZERO;
        for (ApplicantColumn column : ApplicantColumn.values()) {
            if (column == ApplicantColumn.TOTAL) {
                continue;
            }
            Optional<Cell> cell = table.cell(total.row(), column);
            // An applicant cell we did not read, or could not read with confidence, gives no total.
            if (cell.isEmpty() || cell.get().isUncertain() || cell.get().valueOrZero() == null) {
                return Optional.empty();
            }
            sum = sum.add(cell.get().valueOrZero());
        }
        return Optional.of(sum);
    }
}
