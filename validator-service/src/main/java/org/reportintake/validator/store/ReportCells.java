package org.reportintake.validator.store;

import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.reportintake.model.report.AnnualReport;
import org.reportintake.model.report.Cell;

/**
 * Flattens a report's tables into {@code {key, table, row, column, value}} documents so that values can be
 * queried and aggregated across reports (e.g. 本年新收 总计 by year) without reading whole reports.
 */
final class ReportCells {

    private ReportCells() {
    }

    static List<Document> of(AnnualReport report) {
        List<Document> cells = new ArrayList<>();
        if (report.disclosures() != null) {
            report.disclosures().cells().forEach(c -> cells.add(cell("二", c.row().name(), c.column().name(), c.cell())));
        }
        if (report.applications() != null) {
            report.applications().cells().forEach(c -> cells.add(cell("三", c.row().name(), c.column().name(), c.cell())));
        }
        if (report.cases() != null) {
            report.cases().cells().forEach(c -> cells.add(cell("四", c.group().name(), c.outcome().name(), c.cell())));
        }
        return cells;
    }

    private static Document cell(String table, String row, String column, Cell cell) {
        return new Document("key", table + "/" + row + "/" + column)
                .append("table", table)
                .append("row", row)
                .append("column", column)
                .append("kind", cell.kind().name())
                .append("origin", cell.origin().name())
                .append("value", cell.value() == null ? null : cell.value().doubleValue());
    }
}
