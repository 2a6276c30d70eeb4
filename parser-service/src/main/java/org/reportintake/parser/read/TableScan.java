package org.reportintake.parser.read;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * What one walk through an HTML table finds: how many tables (itself included) and cells it holds, and its
 * rows in document order. Old CMS pages lay out the whole article in a table; such a table (one holding other
 * tables, or a single cell) is walked into like a div instead of being read as a data table.
 */
final class TableScan {

    private int tables;
    private int cells;
    private final List<Element> rows = new ArrayList<>();

    private TableScan() {
    }

    static TableScan of(Element table) {
        TableScan scan = new TableScan();
        scan.visit(table);
        return scan;
    }

    boolean isLayoutTable() {
        return tables > 1 || cells <= 1;
    }

    /** The tr elements; meaningful for a data table, which has no nested table whose rows could be mixed in. */
    List<Element> rows() {
        return rows;
    }

    private void visit(Element element) {
        if (element.nameIs("table")) {
            tables++;
        } else if (element.nameIs("td") || element.nameIs("th")) {
            cells++;
        } else if (element.nameIs("tr")) {
            rows.add(element);
        }
        for (Node child : element.childNodes()) {
            if (child instanceof Element e) {
                visit(e);
            }
        }
    }
}
