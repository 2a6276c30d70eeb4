package org.reportintake.parser.layouts;

import java.util.Map;
import java.util.TreeMap;

import org.reportintake.model.report.AnnualReport;
import org.reportintake.model.report.ApplicationTable.ApplicationCell;
import org.reportintake.model.report.CaseTable.CaseCell;
import org.reportintake.model.report.Cell;
import org.reportintake.model.report.DisclosureTable.DisclosureCell;

/**
 * Every cell of tables 二, 三 and 四 of a report as "table/row/column" → "kind value", so two readings of the same
 * report can be compared in one assertion whose failure message shows the cells that differ. The raw text is
 * left out on purpose: a converter may write "规    章" as "规 章" or "０" for "0", but must not change what is read.
 */
public final class ReportTableCells {

    private ReportTableCells() {
    }

    public static Map<String, String> of(AnnualReport report) {
        Map<String, String> cells = new TreeMap<>();
        if (report.disclosures() != null) {
            for (DisclosureCell cell : report.disclosures().cells()) {
                cells.put("二/" + cell.row() + "/" + cell.column(), describe(cell.cell()));
            }
        }
        if (report.applications() != null) {
            for (ApplicationCell cell : report.applications().cells()) {
                cells.put("三/" + cell.row() + "/" + cell.column(), describe(cell.cell()));
            }
        }
        if (report.cases() != null) {
            for (CaseCell cell : report.cases().cells()) {
                cells.put("四/" + cell.group() + "/" + cell.outcome(), describe(cell.cell()));
            }
        }
        return cells;
    }

    private static String describe(Cell cell) {
        return cell.kind() + " " + (cell.value() == null ? "-" : cell.value().stripTrailingZeros().toPlainString());
    }
}
