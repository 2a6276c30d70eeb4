package org.reportintake.parser.recognition;

import java.util.ArrayList;
import java.util.List;

import org.reportintake.model.report.CaseGroup;
import org.reportintake.model.report.CaseOutcome;
import org.reportintake.model.report.CaseTable;
import org.reportintake.model.report.CaseTable.CaseCell;
import org.reportintake.parser.document.TableCell;

/**
 * Reads table 四: the header layout is fixed (three groups of 结果维持, 结果纠正, 其他结果, 尚未审结, 总计), so the
 * data row is the first row ending in fifteen value cells, read in that order.
 */
final class CaseTableRecogniser {

    private static final int CELLS = CaseGroup.values().length * CaseOutcome.values().length;

    private static boolean hasNumber(List<String> texts) {
        return texts.stream().anyMatch(t -> !Labels.normalise(t).isEmpty() && CellValueReader.isValueLike(t));
    }

    CaseTable recognise(TableClassifier.Rows table) {
        List<String> allBlank = null;
        for (List<TableCell> row : table.rows()) {
            List<String> texts = row.stream().map(TableCell::text).toList();
            int run = 0;
            for (int i = texts.size() - 1; i >= 0 && CellValueReader.isValueLike(texts.get(i)); i--) {
                run++;
            }
            if (run < CELLS) {
                continue;
            }
            if (!hasNumber(texts)) {
                // An agency with no cases may leave the whole data row blank: remember it in case no row has a number.
                allBlank = allBlank == null ? texts : allBlank;
                continue;
            }
            if (table.strict() && !ApplicationTableRecogniser.allNumbers(texts, texts.size() - CELLS, CELLS)) {
                return null; // inferred columns and a blank: cannot tell which cell is missing
            }
            return cells(texts);
        }
        // Every cell blank: which one is which does not matter, so even inferred columns can be read (N2 warns).
        return allBlank == null ? null : cells(allBlank);
    }

    private static CaseTable cells(List<String> texts) {
        List<CaseCell> cells = new ArrayList<>();
        int start = texts.size() - CELLS;
        int k = 0;
        for (CaseGroup group : CaseGroup.values()) {
            for (CaseOutcome outcome : CaseOutcome.values()) {
                cells.add(new CaseCell(group, outcome, CellValueReader.read("四", group.label(), outcome.label(),
                        texts.get(start + k), CellValueReader.Rule.COUNT, null)));
                k++;
            }
        }
        return new CaseTable(cells);
    }
}
