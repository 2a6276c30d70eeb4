package org.reportintake.parser.recognition;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.reportintake.parser.document.Table;
import org.reportintake.parser.document.TableCell;

/**
 * Finds the report tables by their content, not by their position or the headings around them, and joins
 * the pieces of a table that a page break or an extractor split: an unrecognised table continues the one before
 * (also a table written one row per piece), and a header row the page break repeated is dropped.
 */
final class TableClassifier {

    /** The rows of one report table gathered from its pieces; strict when any piece had inferred columns. */
    record Rows(List<List<TableCell>> rows, boolean strict) {
    }

    Map<TableKind, Rows> classify(List<Table> tables) {
        Map<TableKind, List<List<TableCell>>> rows = new EnumMap<>(TableKind.class);
        Map<TableKind, Boolean> inferred = new EnumMap<>(TableKind.class);
        Map<TableKind, RepeatedHeaderRows> heads = new EnumMap<>(TableKind.class);
        TableKind previous = null;
        for (Table table : tables) {
            TableKind kind = kindOf(table);
            if (kind == null) {
                kind = previous;
            }
            if (kind != null) {
                List<List<TableCell>> kept = rows.computeIfAbsent(kind, k -> new ArrayList<>());
                RepeatedHeaderRows repeats = heads.computeIfAbsent(kind, k -> new RepeatedHeaderRows());
                for (List<TableCell> row : table.rows()) {
                    if (repeats.keep(row)) {
                        kept.add(row);
                    }
                }
                inferred.merge(kind, table.layoutInferred(), Boolean::logicalOr);
                previous = kind;
            }
        }
        Map<TableKind, Rows> out = new EnumMap<>(TableKind.class);
        rows.forEach((kind, r) -> out.put(kind, new Rows(r, inferred.get(kind))));
        return out;
    }

    static TableKind kindOf(Table table) {
        StringBuilder all = new StringBuilder();
        for (List<TableCell> row : table.rows()) {
            for (TableCell cell : row) {
                all.append(Labels.normalise(cell.text())).append('|');
            }
        }
        String text = all.toString();
        if (text.contains("第二十条") || text.contains("信息内容")) {
            return TableKind.DISCLOSURES;
        }
        if (text.contains("申请人情况") || text.contains("本年新收") || text.contains("予以公开")
                || text.contains("不予处理") || text.contains("结转下年") || text.contains("上年结转")) {
            return TableKind.APPLICATIONS;
        }
        if ((text.contains("行政复议") && (text.contains("尚未审结") || text.contains("行政诉讼") || text.contains("结果维")))
                || (text.contains("尚未审结") && text.contains("结果纠正"))) {
            return TableKind.CASES;
        }
        if (text.contains("指标名称") || text.contains("历年累计") || text.contains("统计表")) {
            return TableKind.LEGACY_STATISTICS;
        }
        return null;
    }
}
