package org.reportintake.model.report;

import java.util.List;
import java.util.Optional;

/**
 * Table 四 (行政复议、行政诉讼情况): 15 cells, three groups of five.
 *
 * @param cells every cell that was read, in table order
 */
public record CaseTable(List<CaseCell> cells) {

    /** One cell of table 四 with its typed position. */
    public record CaseCell(CaseGroup group, CaseOutcome outcome, Cell cell) {
    }

    public Optional<Cell> cell(CaseGroup group, CaseOutcome outcome) {
        return cells.stream()
                .filter(c -> c.group() == group && c.outcome() == outcome)
                .map(CaseCell::cell)
                .findFirst();
    }
}
