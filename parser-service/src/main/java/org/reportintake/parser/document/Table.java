package org.reportintake.parser.document;

import java.util.List;

/** A table as rows of the cells that start in each row. */
public record Table(List<List<TableCell>> rows) implements Block {

    public Table {
        rows = rows.stream().map(List::copyOf).toList();
    }
}
