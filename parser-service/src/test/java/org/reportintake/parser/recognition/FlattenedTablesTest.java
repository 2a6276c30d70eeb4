package org.reportintake.parser.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.reportintake.model.report.AnnualReport;
import org.reportintake.model.report.ApplicantColumn;
import org.reportintake.model.report.ApplicationRow;
import org.reportintake.model.report.CaseGroup;
import org.reportintake.model.report.CaseOutcome;
import org.reportintake.model.report.Cell;
import org.reportintake.model.report.CellOrigin;
import org.reportintake.model.report.DisclosureColumn;
import org.reportintake.model.report.DisclosureRow;
import org.reportintake.model.report.ReadingIssue;
import org.reportintake.model.report.ReadingIssueKind;
import org.reportintake.model.report.TemplateVersion;
import org.reportintake.parser.document.Block;
import org.reportintake.parser.document.Document;
import org.reportintake.parser.document.DocumentFormat;
import org.reportintake.parser.document.Paragraph;
import org.reportintake.parser.document.Table;
import org.reportintake.parser.document.TableCell;

/**
 * Reports whose tables arrive as flattened text lines (label + digits run together), built here line by line:
 * what is recovered, what stays uncertain and which reading issues say so.
 */
class FlattenedTablesTest {

    private final ReportRecogniser recogniser = new ReportRecogniser();

    /** A V30 report: narrative, table 二 lines, table 三 rows (all "0000000" unless given), table 四 run. */
    private static final class Report {
        final List<String> narrative = new ArrayList<>();
        final Map<ApplicationRow, String> applications = new EnumMap<>(ApplicationRow.class);
        String normativeDocuments = "7713";
        String penalty = "45";
        /** The table-四 lines after the header; one line with the whole run unless changed. */
        List<String> caseLines = new ArrayList<>(List.of("000000000000000"));
        boolean disclosureTable = true;
        boolean applicationTable = true;

        Report row(ApplicationRow row, String run) {
            applications.put(row, run);
            return this;
        }

        Document document() {
            List<Block> blocks = new ArrayList<>();
            p(blocks, "测试县2023年政府信息公开工作年度报告");
            p(blocks, "一、总体情况");
            narrative.forEach(n -> p(blocks, n));
            p(blocks, "二、主动公开政府信息情况");
            if (disclosureTable) {
                p(blocks, "第二十条第（一）项");
                p(blocks, "信息内容本年制发件数本年废止件数现行有效件数");
                p(blocks, "规章000");
                p(blocks, "行政规范性文件" + normativeDocuments);
                p(blocks, "第二十条第（五）项");
                p(blocks, "信息内容本年处理决定数量");
                p(blocks, "行政许可1250");
                p(blocks, "第二十条第（六）项");
                p(blocks, "信息内容本年处理决定数量");
                p(blocks, "行政处罚" + penalty);
                p(blocks, "行政强制0");
                p(blocks, "第二十条第（八）项");
                p(blocks, "信息内容本年收费金额（单位：万元）");
                p(blocks, "行政事业性收费378.42");
            }
            p(blocks, "三、收到和处理政府信息公开申请情况");
            if (applicationTable) {
                p(blocks, "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）申请人情况");
                p(blocks, "自然人法人或其他组织总计");
                p(blocks, "商业企业科研机构社会公益组织法律服务机构其他");
                for (ApplicationRow row : ApplicationRow.rowsOf(TemplateVersion.V30)) {
                    p(blocks, row.label() + applications.getOrDefault(row, "0000000"));
                }
            }
            p(blocks, "四、政府信息公开行政复议、行政诉讼情况");
            p(blocks, "行政复议行政诉讼");
            p(blocks, "结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉");
            p(blocks, "结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计");
            caseLines.forEach(line -> p(blocks, line));
            p(blocks, "五、存在的主要问题及改进情况");
            p(blocks, "宣传还不够深入。");
            p(blocks, "六、其他需要报告的事项");
            p(blocks, "本年度未收取信息处理费。");
            return new Document(DocumentFormat.TEXT, blocks);
        }

        private static void p(List<Block> blocks, String text) {
            blocks.add(new Paragraph(text));
        }
    }

    private static Cell cell(AnnualReport report, ApplicationRow row, ApplicantColumn column) {
        return report.applications().cell(row, column).orElseThrow(() -> new AssertionError(row + " " + column));
    }

    private static List<ReadingIssue> issues(AnnualReport report, ReadingIssueKind kind, String table) {
        return report.readingIssues().stream().filter(i -> i.kind() == kind && table.equals(i.table())).toList();
    }

    @Test
    void recoversTheOnlySplitOfAFlattenedCaseTableRun() {
        Report r = new Report();
        r.caseLines = List.of("21317000001324019");

        AnnualReport report = recogniser.recognise(r.document());

        long[] expected = {2, 1, 3, 1, 7, 0, 0, 0, 0, 0, 13, 2, 4, 0, 19};
        int k = 0;
        for (CaseGroup group : CaseGroup.values()) {
            for (CaseOutcome outcome : CaseOutcome.values()) {
                Cell cell = report.cases().cell(group, outcome).orElseThrow();
                assertEquals(CellOrigin.RECOVERED, cell.origin());
                assertEquals(BigDecimal.valueOf(expected[k++]), cell.value());
                assertEquals("21317000001324019", cell.raw());
            }
        }
        assertTrue(issues(report, ReadingIssueKind.FLATTENED_AMBIGUOUS, "四").isEmpty());
        assertTrue(issues(report, ReadingIssueKind.FLATTENED_UNSOLVED, "四").isEmpty());
    }

    @Test
    void recoversACaseTableWrittenOneGroupPerLine() {
        Report r = new Report();
        r.caseLines = List.of("行政复议21317", "行政诉讼 未经复议直接起诉 0 0 0 0 0", "复议后起诉1324019");

        AnnualReport report = recogniser.recognise(r.document());

        assertEquals(BigDecimal.valueOf(7), report.cases().cell(CaseGroup.ADMINISTRATIVE_REVIEW, CaseOutcome.TOTAL)
                .orElseThrow().value());
        assertEquals(BigDecimal.valueOf(13), report.cases().cell(CaseGroup.LITIGATION_AFTER_REVIEW, CaseOutcome.UPHELD)
                .orElseThrow().value());
        assertTrue(report.cases().cells().stream().allMatch(c -> c.cell().origin() == CellOrigin.RECOVERED));
        assertTrue(report.readingIssues().stream().noneMatch(i -> "四".equals(i.table())));
    }

    @Test
    void reportsACaseTableThatIsThereButCannotBeReadAsNotMapped() {
        Report r = new Report();
        r.caseLines = List.of("行政复议 2 1 3"); // too few digits for any reading of the 15 cells

        AnnualReport report = recogniser.recognise(r.document());

        assertNull(report.cases());
        assertEquals(1, issues(report, ReadingIssueKind.TABLE_NOT_MAPPED, "四").size(), () -> report.readingIssues()
                .toString());
    }

    @Test
    void reportsACaseTableRunWithoutAnyValidSplitAsUnsolved() {
        Report r = new Report();
        r.caseLines = List.of("213180000013240199"); // 2+1+3+1 is not 8, nor any other reading

        AnnualReport report = recogniser.recognise(r.document());

        assertEquals(1, issues(report, ReadingIssueKind.FLATTENED_UNSOLVED, "四").size());
        assertTrue(report.cases().cells().stream().allMatch(c -> c.cell().isUncertain() && c.cell().value() == null));
    }

    @Test
    void listsBothSplitsOfAnAmbiguousCaseTableRun() {
        Report r = new Report();
        r.caseLines = List.of("10101120000000000");

        AnnualReport report = recogniser.recognise(r.document());

        List<ReadingIssue> ambiguous = issues(report, ReadingIssueKind.FLATTENED_AMBIGUOUS, "四");
        assertEquals(1, ambiguous.size());
        assertEquals(List.of("1,0,10,1,12/0,0,0,0,0/0,0,0,0,0", "10,1,0,1,12/0,0,0,0,0/0,0,0,0,0"),
                ambiguous.get(0).candidates());
        assertTrue(report.cases().cell(CaseGroup.ADMINISTRATIVE_REVIEW, CaseOutcome.UPHELD).orElseThrow().isUncertain());
        Cell total = report.cases().cell(CaseGroup.ADMINISTRATIVE_REVIEW, CaseOutcome.TOTAL).orElseThrow();
        assertEquals(CellOrigin.RECOVERED, total.origin(), "both splits agree on 总计 12");
        assertEquals(BigDecimal.valueOf(12), total.value());
    }

    @Test
    void reportsAPlantedAmbiguityWithBothCandidatesWhenTheArithmeticCannotDecide() {
        // 1,10,…,11 and 11,0,…,11 both add up, in every row that has the run, and A1/A2 hold either way.
        Report r = new Report().row(ApplicationRow.NEW_RECEIVED, "110000011")
                .row(ApplicationRow.DISCLOSED, "110000011").row(ApplicationRow.TOTAL, "110000011");

        AnnualReport report = recogniser.recognise(r.document());

        List<ReadingIssue> ambiguous = issues(report, ReadingIssueKind.FLATTENED_AMBIGUOUS, "三");
        assertEquals(3, ambiguous.size(), () -> ambiguous.toString());
        for (ReadingIssue issue : ambiguous) {
            assertEquals(List.of("1,10,0,0,0,0,11", "11,0,0,0,0,0,11"), issue.candidates());
            assertEquals("自然人、商业企业", issue.columnLabel());
            assertEquals("110000011", issue.raw());
        }
        Cell natural = cell(report, ApplicationRow.NEW_RECEIVED, ApplicantColumn.NATURAL_PERSON);
        assertEquals(CellOrigin.UNCERTAIN, natural.origin());
        assertNull(natural.value());
        Cell total = cell(report, ApplicationRow.NEW_RECEIVED, ApplicantColumn.TOTAL);
        assertEquals(CellOrigin.RECOVERED, total.origin());
        assertEquals(BigDecimal.valueOf(11), total.value());
        assertEquals(CellOrigin.RECOVERED, cell(report, ApplicationRow.CARRIED_TO_NEXT_YEAR,
                ApplicantColumn.NATURAL_PERSON).origin());
    }

    @Test
    void letsTheTablesArithmeticDecideARowTheRowsOwnSumCannot() {
        // The same ambiguous run, but 总计 and 予以公开 are spaced: A1 and A2 then fix 新收 as 11,0,0,0,0,0,11.
        Report r = new Report().row(ApplicationRow.NEW_RECEIVED, "110000011")
                .row(ApplicationRow.DISCLOSED, "11 0 0 0 0 0 11").row(ApplicationRow.TOTAL, "11 0 0 0 0 0 11");

        AnnualReport report = recogniser.recognise(r.document());

        assertTrue(issues(report, ReadingIssueKind.FLATTENED_AMBIGUOUS, "三").isEmpty(), () -> report.readingIssues()
                .toString());
        Cell natural = cell(report, ApplicationRow.NEW_RECEIVED, ApplicantColumn.NATURAL_PERSON);
        assertEquals(CellOrigin.RECOVERED, natural.origin());
        assertEquals(BigDecimal.valueOf(11), natural.value());
        assertEquals(BigDecimal.ZERO, cell(report, ApplicationRow.NEW_RECEIVED, ApplicantColumn.COMMERCIAL_ENTERPRISE)
                .value());
    }

    @Test
    void reportsARowWithoutAnySplitWhoseTotalAddsUpAsUnsolvedAndStillRecoversTheOthers() {
        Report r = new Report().row(ApplicationRow.NEW_RECEIVED, "2000003");

        AnnualReport report = recogniser.recognise(r.document());

        List<ReadingIssue> unsolved = issues(report, ReadingIssueKind.FLATTENED_UNSOLVED, "三");
        assertEquals(1, unsolved.size());
        assertEquals(ApplicationRow.NEW_RECEIVED.label(), unsolved.get(0).rowLabel());
        for (ApplicantColumn column : ApplicantColumn.values()) {
            assertTrue(cell(report, ApplicationRow.NEW_RECEIVED, column).isUncertain());
            assertEquals(CellOrigin.RECOVERED, cell(report, ApplicationRow.TOTAL, column).origin());
        }
    }

    @Test
    void keepsARowWhoseNumbersWereLostAsUncertainInsteadOfMissing() {
        // a placeholder stops the run, and 3.其他 is written without numbers: both rows stay, uncertain
        Report r = new Report().row(ApplicationRow.DISCLOSED, "0 0 — 0 0 0 0").row(ApplicationRow.OTHER_OTHER, "");

        AnnualReport report = recogniser.recognise(r.document());

        assertEquals(ApplicationRow.rowsOf(TemplateVersion.V30).size(), report.applications().rows().size());
        for (ApplicationRow row : List.of(ApplicationRow.DISCLOSED, ApplicationRow.OTHER_OTHER)) {
            assertTrue(cell(report, row, ApplicantColumn.TOTAL).isUncertain(), row::name);
            assertEquals(1, issues(report, ReadingIssueKind.FLATTENED_UNSOLVED, "三").stream()
                    .filter(i -> row.label().equals(i.rowLabel())).count(), row::name);
        }
        assertEquals(CellOrigin.RECOVERED, cell(report, ApplicationRow.TOTAL, ApplicantColumn.TOTAL).origin());
    }

    @Test
    void doesNotLetAnArithmeticTheReportBreaksChooseASplit() {
        // Like seed 000: 新收 has 11 applications, 总计 and 结转 say 0, so A1 fails whichever split is taken. A1 in
        // the 商业企业 column would "prefer" 11,0,…: that must not decide, the row stays ambiguous.
        Report r = new Report().row(ApplicationRow.NEW_RECEIVED, "110000011");

        AnnualReport report = recogniser.recognise(r.document());

        List<ReadingIssue> ambiguous = issues(report, ReadingIssueKind.FLATTENED_AMBIGUOUS, "三");
        assertEquals(1, ambiguous.size(), () -> report.readingIssues().toString());
        assertEquals(List.of("1,10,0,0,0,0,11", "11,0,0,0,0,0,11"), ambiguous.get(0).candidates());
        assertTrue(cell(report, ApplicationRow.NEW_RECEIVED, ApplicantColumn.NATURAL_PERSON).isUncertain());
        assertEquals(BigDecimal.valueOf(11), cell(report, ApplicationRow.NEW_RECEIVED, ApplicantColumn.TOTAL).value());
    }

    @Test
    void readsAnInconsistentButUnambiguousFlattenedTableAsWrittenForTheValidatorToJudge() {
        // Seed 000's numbers: each run has exactly as many digits as cells, so the split is forced even though
        // A1 fails (2 new, 总计 0); the values are the report's own and the validator rejects it on A1.
        Report r = new Report().row(ApplicationRow.NEW_RECEIVED, "2000002");

        AnnualReport report = recogniser.recognise(r.document());

        assertTrue(report.readingIssues().stream().noneMatch(i -> "三".equals(i.table())));
        assertEquals(BigDecimal.valueOf(2), cell(report, ApplicationRow.NEW_RECEIVED, ApplicantColumn.TOTAL).value());
        assertEquals(BigDecimal.ZERO, cell(report, ApplicationRow.TOTAL, ApplicantColumn.TOTAL).value());
    }

    @Test
    void takesANormativeDocumentsSplitOnlyWhenTheNarrativeConfirmsIt() {
        Report confirmed = new Report();
        confirmed.narrative.add("全年制发行政规范性文件7件，废止7件，现行有效13件。");

        AnnualReport report = recogniser.recognise(confirmed.document());

        Cell inForce = report.disclosures().cell(DisclosureRow.NORMATIVE_DOCUMENTS, DisclosureColumn.IN_FORCE)
                .orElseThrow();
        assertEquals(CellOrigin.RECOVERED, inForce.origin());
        assertEquals(BigDecimal.valueOf(13), inForce.value());
        assertTrue(issues(report, ReadingIssueKind.UNCERTAIN_CELL, "二").isEmpty(), () -> report.readingIssues()
                .toString());
        assertEquals(TemplateVersion.V30, report.metadata().templateVersion());
    }

    @Test
    void marksANormativeDocumentsRunTheNarrativeDoesNotConfirmAsUncertain() {
        AnnualReport report = recogniser.recognise(new Report().document());

        for (DisclosureColumn column : List.of(DisclosureColumn.ISSUED, DisclosureColumn.REPEALED,
                DisclosureColumn.IN_FORCE)) {
            Cell cell = report.disclosures().cell(DisclosureRow.NORMATIVE_DOCUMENTS, column).orElseThrow();
            assertTrue(cell.isUncertain(), column::name);
            assertNull(cell.value());
        }
        List<ReadingIssue> uncertain = issues(report, ReadingIssueKind.UNCERTAIN_CELL, "二");
        assertEquals(1, uncertain.size());
        assertEquals(List.of("7,7,13", "7,71,3", "77,1,3"), uncertain.get(0).candidates());
        // runs with a single reading are recovered: 规章 000, 行政许可 1250, the fee 378.42
        assertEquals(BigDecimal.ZERO, report.disclosures().cell(DisclosureRow.REGULATIONS, DisclosureColumn.IN_FORCE)
                .orElseThrow().value());
        assertEquals(BigDecimal.valueOf(1250), report.disclosures().cell(DisclosureRow.LICENSING,
                DisclosureColumn.DECISIONS).orElseThrow().value());
        Cell fee = report.disclosures().cell(DisclosureRow.FEES, DisclosureColumn.FEE_AMOUNT).orElseThrow();
        assertEquals(new BigDecimal("378.42"), fee.value());
        assertEquals(CellOrigin.RECOVERED, fee.origin());
    }

    @Test
    void keepsATableTwoRowWhoseNumberWasLostAsUncertainInsteadOfMissing() {
        Report r = new Report();
        r.penalty = "—";

        AnnualReport report = recogniser.recognise(r.document());

        Cell penalty = report.disclosures().cell(DisclosureRow.PENALTY, DisclosureColumn.DECISIONS).orElseThrow();
        assertTrue(penalty.isUncertain());
        assertTrue(issues(report, ReadingIssueKind.UNCERTAIN_CELL, "二").stream()
                .anyMatch(i -> DisclosureRow.PENALTY.label().equals(i.rowLabel())));
        assertEquals(BigDecimal.ZERO, report.disclosures().cell(DisclosureRow.COERCION, DisclosureColumn.DECISIONS)
                .orElseThrow().value());
    }

    @Test
    void keepsARealTableAndReadsItExactlyAsBefore() {
        List<Block> blocks = new ArrayList<>(new Report().document().blocks());
        List<List<TableCell>> rows = new ArrayList<>();
        List<TableCell> header = new ArrayList<>();
        List<TableCell> values = new ArrayList<>();
        for (CaseGroup group : CaseGroup.values()) {
            for (CaseOutcome outcome : CaseOutcome.values()) {
                header.add(TableCell.of(group.label() + outcome.label()));
                values.add(TableCell.of(outcome == CaseOutcome.TOTAL ? "1" : outcome == CaseOutcome.UPHELD ? "1" : "0"));
            }
        }
        rows.add(header);
        rows.add(values);
        blocks.add(new Table(rows));

        AnnualReport report = recogniser.recognise(new Document(DocumentFormat.TEXT, blocks));

        Cell upheld = report.cases().cell(CaseGroup.ADMINISTRATIVE_REVIEW, CaseOutcome.UPHELD).orElseThrow();
        assertEquals(CellOrigin.READ, upheld.origin());
        assertEquals(BigDecimal.ONE, upheld.value());
    }

    @Test
    void reportsATableItCannotMapInsteadOfLeavingItSilentlyAbsent() {
        Report r = new Report();
        r.applicationTable = false;
        r.narrative.add("全年收到申请2件。");
        List<Block> blocks = new ArrayList<>(r.document().blocks());
        int at = indexOf(blocks, "三、收到和处理政府信息公开申请情况") + 1;
        // two rows only (too few to be taken for a flattened table) and a jumble the rows cannot be read from
        blocks.add(at, new Paragraph("一、本年新收政府信息公开申请数量 2 0 0 0 0 0 2 二、上年结转 0"));
        blocks.add(at + 1, new Paragraph("（七）总计2000002"));

        AnnualReport report = recogniser.recognise(new Document(DocumentFormat.TEXT, blocks));

        assertNull(report.applications());
        List<ReadingIssue> notMapped = issues(report, ReadingIssueKind.TABLE_NOT_MAPPED, "三");
        assertEquals(1, notMapped.size(), () -> report.readingIssues().toString());
    }

    @Test
    void readsAFlattenedTableThatArrivesAsSingleCellTableRows() {
        Report r = new Report().row(ApplicationRow.NEW_RECEIVED, "801000081").row(ApplicationRow.TOTAL, "801000081")
                .row(ApplicationRow.DISCLOSED, "801000081");
        List<Block> blocks = new ArrayList<>();
        List<List<TableCell>> rows = new ArrayList<>();
        for (Block block : r.document().blocks()) {
            Paragraph p = (Paragraph) block;
            if (p.text().startsWith("（") || p.text().startsWith("一、本年") || p.text().startsWith("二、上年")
                    || p.text().startsWith("四、结转")) {
                rows.add(List.of(TableCell.of(p.text()))); // every table-三 line as a one-cell row
            } else {
                if (!rows.isEmpty()) {
                    blocks.add(new Table(rows));
                    rows = new ArrayList<>();
                }
                blocks.add(block);
            }
        }

        AnnualReport report = recogniser.recognise(new Document(DocumentFormat.HTML, blocks));

        Cell natural = cell(report, ApplicationRow.NEW_RECEIVED, ApplicantColumn.NATURAL_PERSON);
        assertEquals(CellOrigin.RECOVERED, natural.origin(), () -> report.readingIssues().toString());
        assertEquals(BigDecimal.valueOf(80), natural.value());
        assertEquals(BigDecimal.ONE, cell(report, ApplicationRow.TOTAL, ApplicantColumn.COMMERCIAL_ENTERPRISE).value());
    }

    @Test
    void reportsARealTableWhoseRowsCannotBeMappedAsNotMapped() {
        Report r = new Report();
        r.applicationTable = false;
        List<Block> blocks = new ArrayList<>(r.document().blocks());
        List<List<TableCell>> rows = new ArrayList<>();
        rows.add(List.of(TableCell.of("申请人情况"), TableCell.of("自然人"), TableCell.of("总计")));
        rows.add(List.of(TableCell.of("一、本年新收政府信息公开申请数量"), TableCell.of("2"), TableCell.of("2")));
        rows.add(List.of(TableCell.of("（七）总计"), TableCell.of("2"), TableCell.of("2")));
        blocks.add(indexOf(blocks, "三、收到和处理政府信息公开申请情况") + 1, new Table(rows));

        AnnualReport report = recogniser.recognise(new Document(DocumentFormat.DOCX, blocks));

        assertNull(report.applications());
        assertEquals(1, issues(report, ReadingIssueKind.TABLE_NOT_MAPPED, "三").size());
    }

    @Test
    void reportsATableWrittenAsLabelLinesThenNumberLinesAsNotMapped() {
        Report r = new Report();
        r.applicationTable = false;
        List<Block> blocks = new ArrayList<>(r.document().blocks());
        int at = indexOf(blocks, "三、收到和处理政府信息公开申请情况") + 1;
        blocks.add(at, new Paragraph("一、本年新收政府信息公开申请数量"));
        blocks.add(at + 1, new Paragraph("二、上年结转政府信息公开申请数量"));
        blocks.add(at + 2, new Paragraph("2 0 0 0 0 0 2"));

        AnnualReport report = recogniser.recognise(new Document(DocumentFormat.TEXT, blocks));

        assertEquals(1, issues(report, ReadingIssueKind.TABLE_NOT_MAPPED, "三").size());
    }

    @Test
    void leavesATableThatIsReallyAbsentAbsentWithoutAReadingIssue() {
        Report r = new Report();
        r.applicationTable = false;

        AnnualReport report = recogniser.recognise(r.document());

        assertNull(report.applications());
        assertTrue(report.readingIssues().stream().noneMatch(i -> "三".equals(i.table())));
        assertNotNull(report.cases());
    }

    private static int indexOf(List<Block> blocks, String text) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Paragraph p && p.text().equals(text)) {
                return i;
            }
        }
        throw new AssertionError(text);
    }
}
