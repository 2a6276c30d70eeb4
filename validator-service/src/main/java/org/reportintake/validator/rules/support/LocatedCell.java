package org.reportintake.validator.rules.support;

import java.util.ArrayList;
import java.util.List;

import org.reportintake.model.event.FindingLocation;
import org.reportintake.model.report.AnnualReport;
import org.reportintake.model.report.ApplicationTable.ApplicationCell;
import org.reportintake.model.report.CaseTable.CaseCell;
import org.reportintake.model.report.Cell;
import org.reportintake.model.report.DisclosureTable.DisclosureCell;

/**
 * A cell of any of the three tables with its canonical location and what kind of number it must hold.
 *
 * @param location where it is
 * @param cell     the cell
 * @param amount   true for money (a decimal), false for a count (an integer)
 * @param signed   true when a negative value is allowed (V60 本年增/减)
 */
public record LocatedCell(FindingLocation location, Cell cell, boolean amount, boolean signed) {

    /** Every cell of tables 二, 三 and 四, in table order. */
    public static List<LocatedCell> all(AnnualReport report) {
        List<LocatedCell> cells = new ArrayList<>();
        if (report.disclosures() != null && report.disclosures().cells() != null) {
            for (DisclosureCell c : report.disclosures().cells()) {
                cells.add(new LocatedCell(Locations.disclosures(c.row(), c.column()), c.cell(),
                        DisclosureLayout.AMOUNT_COLUMNS.contains(c.column()),
                        DisclosureLayout.SIGNED_COLUMNS.contains(c.column())));
            }
        }
        if (report.applications() != null && report.applications().cells() != null) {
            for (ApplicationCell c : report.applications().cells()) {
                cells.add(new LocatedCell(Locations.applications(c.row(), c.column()), c.cell(), false, false));
            }
        }
        if (report.cases() != null && report.cases().cells() != null) {
            for (CaseCell c : report.cases().cells()) {
                cells.add(new LocatedCell(Locations.cases(c.group(), c.outcome()), c.cell(), false, false));
            }
        }
        return cells;
    }

    public String table() {
        return location.table();
    }

    /** "row / column" for messages. */
    public String position() {
        String row = location.rowLabel() == null ? "" : location.rowLabel();
        String column = location.columnLabel() == null ? "" : location.columnLabel();
        return row + " / " + column;
    }
}
