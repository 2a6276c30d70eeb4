package org.reportintake.parser.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.reportintake.model.report.ApplicationRow;
import org.reportintake.model.report.FormatNotice;
import org.reportintake.model.report.ReportSection;
import org.reportintake.model.report.SectionKind;
import org.reportintake.model.report.TemplateVersion;
import org.reportintake.parser.ParseOutcome;
import org.reportintake.parser.ParserLimits;
import org.reportintake.parser.ReportParser;

/**
 * A report whose tables have no merged cells at all (every row written out in full, one label cell per row)
 * and whose headings carry no numbers, generated here as .docx, .html and tab-separated .txt.
 */
class FlatTableReportTest {

    private static final List<String> HEADINGS = List.of("总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况",
            "政府信息公开行政复议、行政诉讼情况", "存在的主要问题及改进情况", "其他需要报告的事项");

    private static final String[][] DISCLOSURES = {
        {"第二十条第（一）项", "", "", ""},
        {"信息内容", "本年制发件数", "本年废止件数", "现行有效件数"},
        {"规章", "1", "0", "3"},
        {"规范性文件", "4", "2", "40"},
        {"第二十条第（五）项", "", "", ""},
        {"信息内容", "本年处理决定数量", "", ""},
        {"行政许可", "1,250", "", ""},
        {"第二十条第（六）项", "", "", ""},
        {"信息内容", "本年处理决定数量", "", ""},
        {"行政处罚", "—", "", ""},
        {"行政强制", "", "", ""},
        {"第二十条第（八）项", "", "", ""},
        {"信息内容", "本年收费金额（单位：万元）", "", ""},
        {"行政事业性收费", "59237.2449", "", ""},
    };

    /** Table 三 values per row, in applicant-column order; the labels are the canonical ones written in full. */
    private static final String GRID = """
            NEW_RECEIVED:                 7 1 0 0 0 0 8
            CARRIED_FROM_PREVIOUS_YEAR:   1 0 0 0 0 0 1
            DISCLOSED:                    3 1 0 0 0 0 4
            PARTLY_DISCLOSED:             1 0 0 0 0 0 1
            WITHHELD_STATE_SECRET:        0 0 0 0 0 0 0
            WITHHELD_PROHIBITED_BY_LAW:   0 0 0 0 0 0 0
            WITHHELD_THREE_SECURITIES:    0 0 0 0 0 0 0
            WITHHELD_THIRD_PARTY:         0 0 0 0 0 0 0
            WITHHELD_INTERNAL_AFFAIRS:    0 0 0 0 0 0 0
            WITHHELD_PROCESS_INFORMATION: 1 0 0 0 0 0 1
            WITHHELD_ENFORCEMENT_FILE:    0 0 0 0 0 0 0
            WITHHELD_QUERY_MATTER:        0 0 0 0 0 0 0
            UNAVAILABLE_NOT_HELD:         2 0 0 0 0 0 2
            UNAVAILABLE_NEEDS_CREATION:   0 0 0 0 0 0 0
            UNAVAILABLE_STILL_UNCLEAR:    0 0 0 0 0 0 0
            NOT_HANDLED_PETITION:         0 0 0 0 0 0 0
            NOT_HANDLED_REPEATED:         0 0 0 0 0 0 0
            NOT_HANDLED_PUBLICATION:      0 0 0 0 0 0 0
            NOT_HANDLED_MASS_REPEATED:    0 0 0 0 0 0 0
            NOT_HANDLED_CONFIRMATION:     0 0 0 0 0 0 0
            OTHER_NO_CORRECTION:          0 0 0 0 0 0 0
            OTHER_FEE_UNPAID:             0 0 0 0 0 0 0
            OTHER_OTHER:                  _ _ _ _ _ _ _
            TOTAL:                        7 1 0 0 0 0 8
            CARRIED_TO_NEXT_YEAR:         1 0 0 0 0 0 1
            """;

    private static final String CASES = "1 0 0 0 1  0 0 1 0 1  0 0 0 0 0";

    private static SeedExpectation expectation() {
        return new SeedExpectation("flat", new SeedExpectation.Metadata(
                "测试县统计局2023年政府信息公开工作年度报告", "测试县统计局", "测试县统计局办公室", "测试县统计局", 2023,
                LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31), FormatNotice.GUOBAN_2021_30, TemplateVersion.V30,
                LocalDate.of(2024, 1, 20), "0000-1234567", "测试县人民路1号", "tjj@example.gov.cn"))
                .disclosures("""
                        REGULATIONS 规章: ISSUED=1 REPEALED=0 IN_FORCE=3
                        NORMATIVE_DOCUMENTS 规范性文件: ISSUED=4 REPEALED=2 IN_FORCE=40
                        LICENSING 行政许可: DECISIONS=1250
                        PENALTY 行政处罚: DECISIONS=—
                        COERCION 行政强制: DECISIONS=_
                        FEES 行政事业性收费: FEE_AMOUNT=59237.2449d
                        """)
                .applications(GRID)
                .cases(CASES);
    }

    private final ReportParser parser = new ReportParser(ParserLimits.defaults());

    @Test
    void readsDocxWithUnmergedTablesAndUnnumberedHeadings() throws IOException {
        ParseOutcome outcome = parser.parse(docx(), "flat.docx");

        assertTrue(outcome.succeeded(), () -> String.valueOf(outcome.failure()));
        SeedCorpusGoldenTest.assertReportMatches(expectation(), "docx", outcome.report());
        assertSectionsFoundByTheirWords(outcome.report().sections());
    }

    @Test
    void readsHtmlWithUnmergedTablesAndUnnumberedHeadings() {
        ParseOutcome outcome = parser.parse(html().getBytes(StandardCharsets.UTF_8), "flat.html");

        assertTrue(outcome.succeeded(), () -> String.valueOf(outcome.failure()));
        SeedCorpusGoldenTest.assertReportMatches(expectation(), "html", outcome.report());
        assertSectionsFoundByTheirWords(outcome.report().sections());
    }

    @Test
    void readsTextWithTabSeparatedRowsAndUnnumberedHeadings() {
        ParseOutcome outcome = parser.parse(text().getBytes(StandardCharsets.UTF_8), "flat.txt");

        assertTrue(outcome.succeeded(), () -> String.valueOf(outcome.failure()));
        SeedCorpusGoldenTest.assertReportMatches(expectation(), "txt", outcome.report());
        assertSectionsFoundByTheirWords(outcome.report().sections());
    }

    private static void assertSectionsFoundByTheirWords(List<ReportSection> sections) {
        assertEquals(HEADINGS, sections.stream().map(ReportSection::heading).toList());
        assertEquals("全年收到政府信息公开申请8件。", sections.get(SectionKind.GENERAL.ordinal()).text());
    }

    private static List<String> paragraphsBefore() {
        return List.of("测试县统计局2023年政府信息公开工作年度报告",
                "本报告依据《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》"
                        + "（国办公开办函〔2021〕30号）编制，数据统计期限自2023年1月1日起至2023年12月31日止。"
                        + "如对本报告有疑问，请与测试县统计局办公室联系（地址：测试县人民路1号，电话：0000-1234567，"
                        + "邮箱：tjj@example.gov.cn）。");
    }

    private static List<String[]> applicationRows() {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"项目", "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"});
        for (String line : GRID.strip().split("\n")) {
            String[] parts = line.split(":");
            String[] values = parts[1].trim().replace("_", "").split(" ", -1);
            String[] row = new String[8];
            row[0] = ApplicationRow.valueOf(parts[0].trim()).label();
            System.arraycopy(values, 0, row, 1, 7);
            rows.add(row);
        }
        return rows;
    }

    private static List<String[]> caseRows() {
        List<String[]> rows = new ArrayList<>();
        List<String> header = new ArrayList<>();
        for (String group : List.of("行政复议", "行政诉讼未经复议直接起诉", "行政诉讼复议后起诉")) {
            for (String outcome : List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计")) {
                header.add(group + outcome);
            }
        }
        rows.add(header.toArray(String[]::new));
        rows.add(CASES.trim().split("\\s+"));
        return rows;
    }

    private static byte[] docx() throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            paragraphsBefore().forEach(p -> doc.createParagraph().createRun().setText(p));
            doc.createParagraph().createRun().setText(HEADINGS.get(0));
            doc.createParagraph().createRun().setText("全年收到政府信息公开申请8件。");
            doc.createParagraph().createRun().setText(HEADINGS.get(1));
            table(doc, List.of(DISCLOSURES));
            doc.createParagraph().createRun().setText(HEADINGS.get(2));
            table(doc, applicationRows());
            doc.createParagraph().createRun().setText(HEADINGS.get(3));
            table(doc, caseRows());
            doc.createParagraph().createRun().setText(HEADINGS.get(4));
            doc.createParagraph().createRun().setText("宣传还不够深入，明年加强培训。");
            doc.createParagraph().createRun().setText(HEADINGS.get(5));
            doc.createParagraph().createRun().setText("本年度未收取信息处理费。");
            doc.createParagraph().createRun().setText("测试县统计局");
            doc.createParagraph().createRun().setText("2024年1月20日");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.write(bytes);
            return bytes.toByteArray();
        }
    }

    private static void table(XWPFDocument doc, List<String[]> rows) {
        XWPFTable table = doc.createTable(rows.size(), rows.get(0).length);
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = table.getRow(r);
            for (int c = 0; c < rows.get(r).length; c++) {
                row.getCell(c).setText(rows.get(r)[c]);
            }
        }
    }

    private static String html() {
        StringBuilder html = new StringBuilder("<html><head><meta charset=\"utf-8\"></head><body>");
        paragraphsBefore().forEach(p -> html.append("<p>").append(p).append("</p>"));
        html.append("<h2>").append(HEADINGS.get(0)).append("</h2><p>全年收到政府信息公开申请8件。</p>");
        html.append("<h2>").append(HEADINGS.get(1)).append("</h2>").append(htmlTable(List.of(DISCLOSURES)));
        html.append("<h2>").append(HEADINGS.get(2)).append("</h2>").append(htmlTable(applicationRows()));
        html.append("<h2>").append(HEADINGS.get(3)).append("</h2>").append(htmlTable(caseRows()));
        html.append("<h2>").append(HEADINGS.get(4)).append("</h2><p>宣传还不够深入，明年加强培训。</p>");
        html.append("<h2>").append(HEADINGS.get(5)).append("</h2><p>本年度未收取信息处理费。</p>");
        html.append("<p style=\"text-align:right\">测试县统计局</p><p style=\"text-align:right\">2024年1月20日</p>");
        return html.append("</body></html>").toString();
    }

    private static String text() {
        StringBuilder text = new StringBuilder();
        paragraphsBefore().forEach(p -> text.append(p).append('\n'));
        text.append(HEADINGS.get(0)).append("\n全年收到政府信息公开申请8件。\n");
        text.append(HEADINGS.get(1)).append('\n').append(tabSeparated(List.of(DISCLOSURES)));
        text.append(HEADINGS.get(2)).append('\n').append(tabSeparated(applicationRows()));
        text.append(HEADINGS.get(3)).append('\n').append(tabSeparated(caseRows()));
        text.append(HEADINGS.get(4)).append("\n宣传还不够深入，明年加强培训。\n");
        text.append(HEADINGS.get(5)).append("\n本年度未收取信息处理费。\n测试县统计局\n2024年1月20日\n");
        return text.toString();
    }

    private static String tabSeparated(List<String[]> rows) {
        StringBuilder sb = new StringBuilder();
        for (String[] row : rows) {
            sb.append(String.join("\t", row)).append('\n');
        }
        return sb.toString();
    }

    private static String htmlTable(List<String[]> rows) {
        StringBuilder sb = new StringBuilder("<table border=\"1\">");
        for (String[] row : rows) {
            sb.append("<tr>");
            for (String cell : row) {
                sb.append("<td>").append(cell).append("</td>");
            }
            sb.append("</tr>");
        }
        return sb.append("</table>").toString();
    }
}
