package org.reportintake.parser.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.reportintake.model.report.AnnualReport;
import org.reportintake.model.report.ApplicantColumn;
import org.reportintake.model.report.ApplicationRow;
import org.reportintake.model.report.CaseTable;
import org.reportintake.model.report.Cell;
import org.reportintake.model.report.CellKind;
import org.reportintake.parser.document.Block;
import org.reportintake.parser.document.Document;
import org.reportintake.parser.document.DocumentFormat;
import org.reportintake.parser.document.Paragraph;
import org.reportintake.parser.document.Table;
import org.reportintake.parser.document.TableCell;

/** Cells agencies really write that must be read as written, not make a table or a row disappear. */
class UnusualCellsRecognitionTest {

    private final ReportRecogniser recogniser = new ReportRecogniser();

    @Test
    void readsATable四LeftEntirelyBlankAsFifteenBlankCellsInsteadOfNoTable() {
        List<List<TableCell>> cases = new ArrayList<>();
        cases.add(row("行政复议", "", "", "", "", "行政诉讼", "", "", "", "", "", "", "", "", ""));
        cases.add(row("结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "", "", "", "",
                "复议后起诉", "", "", "", ""));
        cases.add(row("", "", "", "", "", "", "", "", "", "", "", "", "", "", ""));

        AnnualReport report = recogniser.recognise(document(new Table(cases)));

        CaseTable table = report.cases();
        assertNotNull(table, "an all-blank table 四 is still the table");
        assertEquals(15, table.cells().size());
        assertTrue(table.cells().stream().allMatch(c -> c.cell().kind() == CellKind.BLANK));
    }

    @Test
    void readsWordsInACountCellAsAnUnparseableCellOfTheRowInsteadOfLosingTheRow() {
        List<List<TableCell>> applications = new ArrayList<>();
        applications.add(row("", "", "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"));
        applications.add(row("一、本年新收政府信息公开申请数量", "", "5", "1", "0", "0", "0", "0", "6"));
        applications.add(row("三、本年度办理结果", "（一）予以公开", "3", "若干", "0", "0", "0", "0", "3"));

        AnnualReport report = recogniser.recognise(document(new Table(applications)));

        Cell words = report.applications().cell(ApplicationRow.DISCLOSED, ApplicantColumn.COMMERCIAL_ENTERPRISE)
                .orElseThrow();
        assertEquals(CellKind.UNPARSEABLE, words.kind());
        assertEquals("若干", words.raw());
        assertEquals(CellKind.INTEGER, report.applications().cell(ApplicationRow.DISCLOSED, ApplicantColumn.TOTAL)
                .orElseThrow().kind());
    }

    private static List<TableCell> row(String... cells) {
        return Arrays.stream(cells).map(TableCell::of).toList();
    }

    private static Document document(Table table) {
        List<Block> blocks = new ArrayList<>();
        for (String heading : List.of("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项")) {
            blocks.add(new Paragraph(heading));
            if (heading.startsWith("三") || heading.startsWith("四")) {
                blocks.add(table);
            }
        }
        return new Document(DocumentFormat.DOCX, blocks);
    }
}
