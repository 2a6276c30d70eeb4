package org.reportintake.parser.read;

import java.util.ArrayList;
import java.util.List;

import org.reportintake.parser.document.Table;
import org.reportintake.parser.document.TableCell;

/**
 * Builds a {@link Table} from Word-style rows in which a vertically merged cell is repeated as an empty
 * "continue" cell in each row it covers: continue cells are dropped and the origin cell's row span grows.
 */
final class MergedTableBuilder {

    private static final class Slot {
        final String text;
        final int colStart;
        final int colSpan;
        int rowSpan = 1;

        Slot(String text, int colStart, int colSpan) {
            this.text = text;
            this.colStart = colStart;
            this.colSpan = colSpan;
        }
    }

    private final List<List<Slot>> rows = new ArrayList<>();

    void newRow() {
        rows.add(new ArrayList<>());
    }

    /** Adds a cell starting at grid column {@code colStart}; a continue cell extends the cell above it. */
    void cell(String text, int colStart, int colSpan, boolean continuesAbove) {
        if (continuesAbove) {
            Slot origin = originAbove(colStart);
            if (origin != null) {
                origin.rowSpan++;
                return;
            }
        }
        rows.get(rows.size() - 1).add(new Slot(text, colStart, Math.max(1, colSpan)));
    }

    private Slot originAbove(int colStart) {
        int currentRow = rows.size() - 1;
        for (int r = currentRow - 1; r >= 0; r--) {
            for (Slot slot : rows.get(r)) {
                if (slot.colStart == colStart && r + slot.rowSpan - 1 == currentRow - 1) {
                    return slot;
                }
            }
        }
        return null;
    }

    Table build() {
        List<List<TableCell>> out = new ArrayList<>();
        for (List<Slot> row : rows) {
            out.add(row.stream().map(s -> new TableCell(s.text, s.rowSpan, s.colSpan)).toList());
        }
        return new Table(out);
    }
}
