package org.reportintake.model.report;

import java.util.List;
import java.util.Optional;

/**
 * Table 三 (收到和处理政府信息公开申请情况): for each row present, the seven applicant-column cells.
 * Cells are listed row by row, in table order; a row or column that could not be found is absent.
 *
 * @param cells every cell that was read
 */
public record ApplicationTable(List<ApplicationCell> cells) {

    /**
     * One cell of table 三 with its typed position.
     */
    public record ApplicationCell(ApplicationRow row, ApplicantColumn column, Cell cell) {
    }

    public Optional<Cell> cell(ApplicationRow row, ApplicantColumn column) {
        return cells.stream()
                .filter(c -> c.row() == row && c.column() == column)
                .map(ApplicationCell::cell)
                .findFirst();
    }

    /** The rows for which at least one cell was read, in table order. */
    public List<ApplicationRow> rows() {
        return cells.stream().map(ApplicationCell::row).distinct().sorted().toList();
    }
}
