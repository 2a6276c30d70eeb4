package org.reportintake.parser.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.reportintake.parser.document.Table;
import org.reportintake.parser.document.TableCell;

class RepeatedHeaderRowsTest {

    private static List<TableCell> row(String... cells) {
        return List.of(cells).stream().map(TableCell::of).toList();
    }

    private static List<String> labels(TableClassifier.Rows rows) {
        return rows.rows().stream().map(r -> r.get(0).text()).toList();
    }

    @Test
    void dropsAHeadRepeatedAfterDataRowsAcrossTablePieces() {
        Table first = new Table(List.of(row("（本列数据的勾稽关系为…）", "申请人情况"), row("", "自然人", "法人或其他组织", "总计"),
                row("一、本年新收政府信息公开申请数量", "2", "0", "0", "0", "0", "0", "2")));
        // The next page repeats the three header rows (the second one padded with an empty cell), then goes on.
        Table second = new Table(List.of(row("（本列数据的勾稽关系为…）", "申请人情况"), row("", "自然人", "法人或其他组织", "总计", ""),
                row("二、上年结转政府信息公开申请数量", "0", "0", "0", "0", "0", "0", "0")));
        TableClassifier.Rows rows = new TableClassifier().classify(List.of(first, second)).get(TableKind.APPLICATIONS);
        assertEquals(List.of("（本列数据的勾稽关系为…）", "", "一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量"),
                labels(rows));
    }

    @Test
    void keepsAHeaderThatFollowsACaptionEvenWhenItReadsLikeAnEarlierOne() {
        Table table = new Table(List.of(row("第二十条第（五）项"), row("信息内容", "本年处理决定数量"), row("行政许可", "0"),
                row("第二十条第（六）项"), row("信息内容", "本年处理决定数量"), row("行政处罚", "0")));
        TableClassifier.Rows rows = new TableClassifier().classify(List.of(table)).get(TableKind.DISCLOSURES);
        assertEquals(List.of("第二十条第（五）项", "信息内容", "行政许可", "第二十条第（六）项", "信息内容", "行政处罚"), labels(rows));
    }

    @Test
    void keepsADifferentHeaderAfterDataRows() {
        Table table = new Table(List.of(row("信息内容", "本年制发件数"), row("规章", "0"), row("信息内容", "本年处理决定数量"),
                row("行政许可", "0"), row("信息内容", "本年处理决定数量"), row("行政处罚", "0")));
        TableClassifier.Rows rows = new TableClassifier().classify(List.of(table)).get(TableKind.DISCLOSURES);
        assertEquals(List.of("信息内容", "规章", "信息内容", "行政许可", "行政处罚"), labels(rows),
                "only the repeat of the head the data stands under goes");
    }
}
