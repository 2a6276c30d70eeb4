package org.reportintake.parser.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.reportintake.parser.document.Document;
import org.reportintake.parser.document.Paragraph;
import org.reportintake.parser.document.Table;
import org.reportintake.parser.document.TableCell;

/** Text written by PDF/Word-to-text converters, read into the same paragraphs and tables as the seed layout. */
class TextLayoutReaderConvertedTextTest {

    private final TextLayoutReader reader = new TextLayoutReader(new TextDecoder());

    private Document read(String text) {
        return reader.parse(text, Deadline.after(Duration.ofSeconds(10)));
    }

    private static List<List<String>> cells(Table table) {
        return table.rows().stream().map(r -> r.stream().map(TableCell::text).toList()).toList();
    }

    private static List<String> paragraphs(Document document) {
        return document.paragraphs().stream().map(Paragraph::text).toList();
    }

    @Test
    void readsPipeRowsKeepingEmptyCellsEmptyAndDroppingSeparatorRows() {
        Document document = read("""
                二、主动公开政府信息情况
                | 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |
                |:---|---:|:---:|---|
                |  规    章 | 0 |  | 3 |
                行政规范性文件 | 18 | 27 | 54
                """);
        assertEquals(List.of("二、主动公开政府信息情况"), paragraphs(document));
        assertEquals(1, document.tables().size());
        assertEquals(List.of(List.of("信息内容", "本年制发件数", "本年废止件数", "现行有效件数"),
                List.of("规    章", "0", "", "3"), List.of("行政规范性文件", "18", "27", "54")),
                cells(document.tables().get(0)), "a blank cell stays a blank cell, not 0");
    }

    @Test
    void readsFullWidthPipesEscapedPipesAndSingleInnerPipeRowsOverASeparator() {
        Document document = read("""
                信息内容 ｜ 本年处理决定数量
                ---|---
                行政许可 ｜ ０
                a \\| b | 1 |
                """);
        assertEquals(List.of(List.of("信息内容", "本年处理决定数量"), List.of("行政许可", "０"), List.of("a | b", "1")),
                cells(document.tables().get(0)));
        assertTrue(paragraphs(document).isEmpty());
    }

    @Test
    void endsAPipeTableAtABlankLineSoATableWrittenRowByRowComesOutInPieces() {
        Document document = read("| 行政处罚 | 0 |\n|---|---|\n\n| 行政强制 | 0 |\n|---|---|\n");
        assertEquals(2, document.tables().size());
        assertEquals(List.of(List.of("行政强制", "0")), cells(document.tables().get(1)));
    }

    @Test
    void dropsPlaceholderHeaderRowsConvertersInvent() {
        Document document = read("""
                | Col1 | Col2 |
                |---|---|
                | 行政许可 | 0 |

                | Column1 | 列2 |
                | | |
                | 行政处罚 | |
                Col1
                :---
                第二十条第（八）项
                Column1\tColumn2
                行政事业性收费\t0
                """);
        assertEquals(List.of(List.of(List.of("行政许可", "0")), List.of(List.of("行政处罚", "")),
                List.of(List.of("行政事业性收费", "0"))), document.tables().stream().map(t -> cells(t)).toList());
        assertEquals(List.of("第二十条第（八）项"), paragraphs(document));
    }

    @Test
    void dropsPageFootersFormFeedsAndARunningHeaderBetweenPipeRows() {
        Document document = read("""
                某县人民政府2023年政府信息公开工作年度报告
                一、总体情况
                正文。
                — 1 —
                \f某县人民政府2023年政府信息公开工作年度报告
                正文续。
                | 规章 | 0 | 0 | 0 |

                - 2 -
                某县人民政府2023年政府信息公开工作年度报告

                | 行政规范性文件 | 1 | 2 | 3 |
                第3页 共12页
                | 行政许可 | 0 |
                4 / 12
                | 行政处罚 | 0 |

                5
                \f| 行政强制 | 0 |
                第 6 页
                """);
        assertEquals(List.of("某县人民政府2023年政府信息公开工作年度报告", "一、总体情况", "正文。", "正文续。"),
                paragraphs(document), "the title stays, the footers and the running header go");
        assertEquals(List.of("规章", "行政规范性文件", "行政许可", "行政处罚", "行政强制"), document.tables().stream()
                .flatMap(t -> t.rows().stream()).map(r -> r.get(0).text()).toList());
    }

    @Test
    void dropsPageFootersBetweenRowsOfTheCellPerLineLayoutKeepingTheRowsOfOneTable() {
        Document document = read("\t规章\n\t0\n\t0\n\n— 4 —\n\f\n\t行政规范性文件\n\t18\n\n\n五、存在的主要问题及改进情况\n");
        assertEquals(1, document.tables().size(), "the page break between two rows ends neither the row nor the table");
        assertEquals(List.of(List.of("规章", "0", "0"), List.of("行政规范性文件", "18")), cells(document.tables().get(0)));
        assertEquals(List.of("五、存在的主要问题及改进情况"), paragraphs(document));
    }

    @Test
    void dropsABarePageNumberAndTheNextPagesHeaderBetweenRowsWithoutAFormFeed() {
        Document document = read("""
                某县人民政府2023年政府信息公开工作年度报告
                | 规章 | 0 |

                7
                某县人民政府2023年政府信息公开工作年度报告

                | 行政许可 | 0 |

                8
                某县人民政府2023年政府信息公开工作年度报告
                | 行政处罚 | 0 |
                """);
        assertEquals(List.of("某县人民政府2023年政府信息公开工作年度报告"), paragraphs(document));
        assertEquals(3, document.tables().size());
    }

    @Test
    void keepsBareNumbersInRunningTextWithoutAFormFeed() {
        assertEquals(List.of("申请数量", "12", "件"), paragraphs(read("申请数量\n12\n件\n")));
    }

    @Test
    void keepsBareNumbersThatAreCellsOrContinueACell() {
        // "\t0" is a cell; "3" right after "\t12" continues that cell; "0" in a tab-separated row is a cell.
        Document document = read("\t行政许可\n\t0\n\n\t行政处罚\n\t12\n3\n\n\n行政强制\t0\n");
        assertEquals(List.of(List.of("行政许可", "0"), List.of("行政处罚", "12\n3")), cells(document.tables().get(0)));
        assertEquals(List.of(List.of("行政强制", "0")), cells(document.tables().get(1)));
    }

    @Test
    void joinsARowLabelWrappedOverTwoPipeRowsOnlyWhenTheSecondRowContinuesIt() {
        Document document = read("""
                | （六）其他处理 | 2.申请人逾期未按收费通知要求缴纳费用、行政机关不 | | |
                | | 再处理其政府信息公开申请 | 0 | 1 |
                | 1.本机关不掌握相关政府信息 | | |
                | | 2 | 3 |
                | 行政处罚 | |
                | 行政强制 | 0 |
                | （三）不予公开 | | |
                | 1.属于国家秘密 | 0 | 0 |
                """);
        assertEquals(List.of(
                List.of("（六）其他处理", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不\n再处理其政府信息公开申请", "0", "1"),
                List.of("1.本机关不掌握相关政府信息", "2", "3"),
                List.of("行政处罚", ""), List.of("行政强制", "0"),
                List.of("（三）不予公开", "", ""), List.of("1.属于国家秘密", "0", "0")),
                cells(document.tables().get(0)), "a blank value row and a group caption are not wrapped labels");
    }

    @Test
    void readsMarkdownHeadingsAndBoldAsTheirWords() {
        Document document = read("""
                # 某县人民政府2023年政府信息公开工作年度报告
                ## 三、收到和处理政府信息公开申请情况 ##
                ### **（一）主动公开**
                **本年**共收到申请2件。
                #1号文件
                ---
                ##
                """);
        assertEquals(List.of("某县人民政府2023年政府信息公开工作年度报告", "三、收到和处理政府信息公开申请情况", "（一）主动公开",
                "本年共收到申请2件。", "#1号文件"), paragraphs(document));
    }
}
