package org.reportintake.parser.document;

import java.util.List;

/**
 * A table as rows of the cells that start in each row.
 *
 * @param rows          the rows, each listing the cells that start in it
 * @param layoutInferred true when no cell borders were drawn and the columns were inferred from text positions
 *                      (a borderless PDF table): blank cells there may be missing columns, not blank values
 */
public record Table(List<List<TableCell>> rows, boolean layoutInferred) implements Block {

    public Table {
        rows = rows.stream().map(List::copyOf).toList();
    }

    public Table(List<List<TableCell>> rows) {
        this(rows, false);
    }
}
