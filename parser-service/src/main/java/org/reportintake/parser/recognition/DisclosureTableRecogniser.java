package org.reportintake.parser.recognition;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.reportintake.model.report.DisclosureColumn;
import org.reportintake.model.report.DisclosureRow;
import org.reportintake.model.report.DisclosureTable;
import org.reportintake.model.report.DisclosureTable.DisclosureCell;
import org.reportintake.parser.document.TableCell;

/**
 * Reads table 二 in either version: each 第二十条 block has a header row (信息内容 | column labels) whose
 * columns apply to the data rows below it until the next block.
 */
final class DisclosureTableRecogniser {

    private record Column(DisclosureColumn column, BigDecimal toWanYuan) {
    }

    DisclosureTable recognise(TableClassifier.Rows table) {
        List<List<TableCell>> rows = table.rows();
        List<DisclosureCell> cells = new ArrayList<>();
        List<Column> header = null;
        for (List<TableCell> row : rows) {
            List<String> texts = row.stream().map(TableCell::text).toList();
            int first = firstNonBlank(texts);
            if (first < 0) {
                continue;
            }
            String label = Labels.normalise(texts.get(first));
            if (label.contains("第二十条")) {
                header = null;
                continue;
            }
            if (label.contains("信息内容")) {
                header = new ArrayList<>();
                for (int i = first + 1; i < texts.size(); i++) {
                    header.add(column(texts.get(i)));
                }
                continue;
            }
            DisclosureRow disclosureRow = row(label);
            if (disclosureRow == null || header == null) {
                continue;
            }
            boolean fromRight = writtenAligned(texts, header.size(), first, true)
                    > writtenAligned(texts, header.size(), first, false);
            if (table.strict() && !headerFitsValues(header, texts, first)) {
                continue; // inferred columns: only trusted when every value has its own recognised header
            }
            for (int k = 0; k < header.size(); k++) {
                Column column = header.get(k);
                int index = fromRight ? texts.size() - header.size() + k : first + 1 + k;
                if (column == null || index <= first || index >= texts.size()) {
                    continue;
                }
                cells.add(new DisclosureCell(disclosureRow, column.column(), texts.get(first),
                        CellValueReader.read("二", disclosureRow.label(), column.column().label(), texts.get(index),
                                rule(column.column()), column.toWanYuan())));
            }
        }
        return new DisclosureTable(cells);
    }

    /**
     * Values normally sit under the header cells counted from the label; a borderless table can leave blank
     * label columns in between, so the alignment from the right edge is used when it finds more numbers.
     */
    private static int writtenAligned(List<String> texts, int headerSize, int first, boolean fromRight) {
        int count = 0;
        for (int k = 0; k < headerSize; k++) {
            int index = fromRight ? texts.size() - headerSize + k : first + 1 + k;
            if (index > first && index < texts.size() && !Labels.normalise(texts.get(index)).isEmpty()) {
                count++;
            }
        }
        return count;
    }

    private static boolean headerFitsValues(List<Column> header, List<String> texts, int first) {
        long columns = header.stream().filter(c -> c != null).count();
        long values = texts.subList(first + 1, texts.size()).stream()
                .filter(t -> !Labels.normalise(t).isEmpty()).count();
        return columns == values;
    }

    private static int firstNonBlank(List<String> texts) {
        for (int i = 0; i < texts.size(); i++) {
            if (!Labels.normalise(texts.get(i)).isEmpty()) {
                return i;
            }
        }
        return -1;
    }

    private static CellValueReader.Rule rule(DisclosureColumn column) {
        return switch (column) {
            case CHANGE -> CellValueReader.Rule.SIGNED_COUNT;
            case FEE_AMOUNT, PROCUREMENT_AMOUNT -> CellValueReader.Rule.MONEY;
            default -> CellValueReader.Rule.COUNT;
        };
    }

    static DisclosureRow row(String normalisedLabel) {
        String l = Labels.withoutNumbering(normalisedLabel);
        if (l.equals("规章")) {
            return DisclosureRow.REGULATIONS;
        }
        if (l.contains("规范性文件")) {
            return DisclosureRow.NORMATIVE_DOCUMENTS;
        }
        if (l.contains("对外管理服务")) {
            return DisclosureRow.OTHER_MANAGEMENT_SERVICES;
        }
        if (l.contains("行政许可")) {
            return DisclosureRow.LICENSING;
        }
        if (l.contains("行政处罚")) {
            return DisclosureRow.PENALTY;
        }
        if (l.contains("行政强制")) {
            return DisclosureRow.COERCION;
        }
        if (l.contains("收费")) {
            return DisclosureRow.FEES;
        }
        if (l.contains("采购")) {
            return DisclosureRow.PROCUREMENT;
        }
        return null;
    }

    private static Column column(String raw) {
        String l = Labels.normalise(raw);
        DisclosureColumn column = null;
        if (l.contains("制发")) {
            column = DisclosureColumn.ISSUED;
        } else if (l.contains("废止")) {
            column = DisclosureColumn.REPEALED;
        } else if (l.contains("现行有效")) {
            column = DisclosureColumn.IN_FORCE;
        } else if (l.contains("本年处理决定")) {
            column = DisclosureColumn.DECISIONS;
        } else if (l.contains("收费金额")) {
            column = DisclosureColumn.FEE_AMOUNT;
        } else if (l.contains("新制作")) {
            column = DisclosureColumn.NEWLY_MADE;
        } else if (l.contains("新公开")) {
            column = DisclosureColumn.NEWLY_PUBLISHED;
        } else if (l.contains("公开总数")) {
            column = DisclosureColumn.TOTAL_PUBLISHED;
        } else if (l.contains("上一年项目")) {
            column = DisclosureColumn.PREVIOUS_YEAR_ITEMS;
        } else if (l.contains("增") && l.contains("减")) {
            column = DisclosureColumn.CHANGE;
        } else if (l.contains("处理决定")) {
            column = DisclosureColumn.DECISIONS_V60;
        } else if (l.contains("采购项目")) {
            column = DisclosureColumn.PROCUREMENT_ITEMS;
        } else if (l.contains("采购总金额") || l.contains("采购金额")) {
            column = DisclosureColumn.PROCUREMENT_AMOUNT;
        }
        if (column == null) {
            return null;
        }
        BigDecimal factor = null;
        if (column == DisclosureColumn.FEE_AMOUNT || column == DisclosureColumn.PROCUREMENT_AMOUNT) {
            factor = CellValueReader.unitFactor(l);
        }
        return new Column(column, factor);
    }
}
