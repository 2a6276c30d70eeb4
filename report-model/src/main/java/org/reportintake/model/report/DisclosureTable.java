package org.reportintake.model.report;

import java.util.List;
import java.util.Optional;

/**
 * Table 二 (主动公开政府信息情况) in either version.
 *
 * @param cells every cell that was read, in table order
 */
public record DisclosureTable(List<DisclosureCell> cells) {

    /** One cell of table 二 with its typed position; {@code rawRowLabel} keeps the label as written (e.g. 规范性文件). */
    public record DisclosureCell(DisclosureRow row, DisclosureColumn column, String rawRowLabel, Cell cell) {
    }

    public Optional<Cell> cell(DisclosureRow row, DisclosureColumn column) {
        return cells.stream()
                .filter(c -> c.row() == row && c.column() == column)
                .map(DisclosureCell::cell)
                .findFirst();
    }

    public List<DisclosureRow> rows() {
        return cells.stream().map(DisclosureCell::row).distinct().sorted().toList();
    }
}
