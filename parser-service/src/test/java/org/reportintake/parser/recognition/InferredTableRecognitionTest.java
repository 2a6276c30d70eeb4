package org.reportintake.parser.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.reportintake.model.report.AnnualReport;
import org.reportintake.model.report.ApplicantColumn;
import org.reportintake.model.report.ApplicationRow;
import org.reportintake.model.report.DisclosureColumn;
import org.reportintake.model.report.DisclosureRow;
import org.reportintake.parser.document.Block;
import org.reportintake.parser.document.Document;
import org.reportintake.parser.document.DocumentFormat;
import org.reportintake.parser.document.Paragraph;
import org.reportintake.parser.document.Table;
import org.reportintake.parser.document.TableCell;

/**
 * Tables whose columns were inferred from text positions (borderless PDFs) are read strictly: a row is kept
 * only when every value has its place, because a blank there may be a column that was never found.
 */
class InferredTableRecognitionTest {

    private final ReportRecogniser recogniser = new ReportRecogniser();

    @Test
    void keepsFullyWrittenRowsAndDropsRowsWithAGapInsteadOfShiftingThem() {
        List<List<TableCell>> applications = new ArrayList<>();
        applications.add(row("", "", "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"));
        applications.add(row("一、本年新收政府信息公开申请数量", "", "5", "1", "0", "0", "0", "0", "6"));
        // one value column was never found for this row: it has six numbers and a blank label column
        applications.add(row("二、上年结转政府信息公开申请数量", "", "", "1", "0", "0", "0", "0", "1"));

        AnnualReport report = recogniser.recognise(document(new Table(applications, true)));

        assertEquals(List.of(ApplicationRow.NEW_RECEIVED), report.applications().rows());
        assertEquals(new BigDecimal("6"), report.applications().cell(ApplicationRow.NEW_RECEIVED, ApplicantColumn.TOTAL)
                .orElseThrow().value());
    }

    @Test
    void dropsDisclosureRowsWhoseValuesOutnumberTheRecognisedHeaders() {
        List<List<TableCell>> disclosures = new ArrayList<>();
        disclosures.add(row("第二十条第（一）项", "", "", ""));
        // the three header texts ran together into one cell
        disclosures.add(row("信息内容", "", "本年制发件数本年废止件数现行有效件数", ""));
        disclosures.add(row("行政规范性文件", "2", "6", "27"));
        disclosures.add(row("第二十条第（五）项", "", "", ""));
        disclosures.add(row("", "", "信息内容", "本年处理决定数量"));
        disclosures.add(row("行政许可", "", "", "120"));

        AnnualReport report = recogniser.recognise(document(new Table(disclosures, true)));

        assertTrue(report.disclosures().cell(DisclosureRow.NORMATIVE_DOCUMENTS, DisclosureColumn.ISSUED).isEmpty());
        assertEquals(new BigDecimal("120"), report.disclosures().cell(DisclosureRow.LICENSING, DisclosureColumn.DECISIONS)
                .orElseThrow().value());
    }

    @Test
    void readsTheSameRowsLenientlyWhenCellBordersWereDrawn() {
        List<List<TableCell>> applications = new ArrayList<>();
        applications.add(row("二、上年结转政府信息公开申请数量", "", "1", "0", "0", "0", "0", "1"));

        AnnualReport report = recogniser.recognise(document(new Table(applications, false)));

        assertNull(report.applications().cell(ApplicationRow.CARRIED_FROM_PREVIOUS_YEAR, ApplicantColumn.NATURAL_PERSON)
                .orElseThrow().value(), "a drawn blank cell is a blank value");
    }

    private static List<TableCell> row(String... cells) {
        return java.util.Arrays.stream(cells).map(TableCell::of).toList();
    }

    private static Document document(Table table) {
        List<Block> blocks = new ArrayList<>();
        for (String heading : List.of("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项")) {
            blocks.add(new Paragraph(heading));
            if (heading.startsWith("三")) {
                blocks.add(table);
            }
        }
        return new Document(DocumentFormat.PDF, blocks);
    }
}
