package org.reportintake.benchmarks.validator;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.reportintake.model.event.ReportParsed;
import org.reportintake.model.event.ReportSubmitted;
import org.reportintake.model.event.StoredFileRef;
import org.reportintake.model.event.SubmissionSource;
import org.reportintake.model.report.AnnualReport;
import org.reportintake.model.report.ApplicantColumn;
import org.reportintake.model.report.ApplicationRow;
import org.reportintake.model.report.ApplicationTable;
import org.reportintake.model.report.CaseGroup;
import org.reportintake.model.report.CaseOutcome;
import org.reportintake.model.report.CaseTable;
import org.reportintake.model.report.Cell;
import org.reportintake.model.report.CellKind;
import org.reportintake.model.report.ClaimKind;
import org.reportintake.model.report.DisclosureColumn;
import org.reportintake.model.report.DisclosureRow;
import org.reportintake.model.report.DisclosureTable;
import org.reportintake.model.report.FormatNotice;
import org.reportintake.model.report.NarrativeClaim;
import org.reportintake.model.report.ReportMetadata;
import org.reportintake.model.report.ReportSection;
import org.reportintake.model.report.SectionKind;
import org.reportintake.model.report.StatisticalPeriod;
import org.reportintake.model.report.TemplateVersion;

/**
 * The benchmark's inputs, built as the parser would build them. A copy of the essentials of the validator's test
 * fixture (ReportFixtures.v30): test sources are not published, and the fixture builder is test-only API.
 */
public final class BenchmarkReports {

    static final String AGENCY = "示例市交通运输局";

    /** Table 三 values that differ from zero: 自然人, 商业企业, ..., 总计. */
    private static final Map<ApplicationRow, int[]> APPLICATIONS = Map.of(
            ApplicationRow.NEW_RECEIVED, new int[] {5, 1, 0, 0, 0, 0, 6},
            ApplicationRow.CARRIED_FROM_PREVIOUS_YEAR, new int[] {1, 0, 0, 0, 0, 0, 1},
            ApplicationRow.DISCLOSED, new int[] {3, 0, 0, 0, 0, 0, 3},
            ApplicationRow.PARTLY_DISCLOSED, new int[] {0, 1, 0, 0, 0, 0, 1},
            ApplicationRow.UNAVAILABLE_NOT_HELD, new int[] {2, 0, 0, 0, 0, 0, 2},
            ApplicationRow.TOTAL, new int[] {5, 1, 0, 0, 0, 0, 6},
            ApplicationRow.CARRIED_TO_NEXT_YEAR, new int[] {1, 0, 0, 0, 0, 0, 1});

    private BenchmarkReports() {
    }

    /** A sound 2023 department report in the 30号 format: no finding above INFO. */
    public static ReportParsed consistent() {
        return parsed(report(2023, false, 20));
    }

    /**
     * The same report with typical errors: 本年新收 总计 written as 7 (A1, A3), a blank cell (N2), a negative count
     * (N1) and a 5-day-late signature date (P1).
     */
    public static ReportParsed broken() {
        return parsed(report(2023, true, 20));
    }

    /**
     * The agency's sound report for the year before, so that the cross-year rules (A6, A7, C4) run too: 18
     * normative documents in force, + 3 issued − 1 repealed in 2023 = 20.
     */
    public static AnnualReport previousYear() {
        return report(2022, false, 18);
    }

    private static ReportParsed parsed(AnnualReport report) {
        ReportSubmitted submission = new ReportSubmitted("bench-1", "agency-1", SubmissionSource.PORTAL, "report.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", 1024, "00",
                new StoredFileRef("submissions", "0"), false, null, null, Instant.parse("2024-01-20T07:00:00Z"));
        return ReportParsed.success(submission, report, Instant.parse("2024-01-20T08:00:00Z"));
    }

    private static AnnualReport report(int year, boolean broken, int inForce) {
        ReportMetadata metadata = new ReportMetadata(AGENCY + year + "年政府信息公开工作年度报告", AGENCY, AGENCY, AGENCY,
                year, new StatisticalPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)),
                FormatNotice.GUOBAN_2021_30, TemplateVersion.V30,
                broken ? LocalDate.of(year + 1, 2, 5) : LocalDate.of(year + 1, 1, 20), "0795-0000000", "示例路1号", null);
        return new AnnualReport(metadata, sections(year), disclosures(broken, inForce), applications(broken), cases(),
                List.of(new NarrativeClaim(ClaimKind.APPLICATIONS_RECEIVED, BigDecimal.valueOf(6), SectionKind.GENERAL,
                                "本年度共收到政府信息公开申请6件。"),
                        new NarrativeClaim(ClaimKind.ADMINISTRATIVE_REVIEWS, BigDecimal.ONE, SectionKind.GENERAL,
                                "被申请行政复议1件。"),
                        new NarrativeClaim(ClaimKind.NORMATIVE_DOCUMENTS_IN_FORCE, BigDecimal.valueOf(inForce),
                                SectionKind.GENERAL, "现行有效规范性文件" + inForce + "件。")));
    }

    private static List<ReportSection> sections(int year) {
        // The year in the text keeps this report from reading as a copy of the previous year's (C4).
        return List.of(
                new ReportSection(SectionKind.GENERAL, "一、总体情况", "（一）主动公开 " + year
                        + "年度主动公开政府信息120条。（二）依申请公开 本年度共收到政府信息公开申请6件。"),
                new ReportSection(SectionKind.ACTIVE_DISCLOSURE, "二、主动公开政府信息情况", ""),
                new ReportSection(SectionKind.APPLICATIONS, "三、收到和处理政府信息公开申请情况", ""),
                new ReportSection(SectionKind.REVIEW_AND_LITIGATION, "四、政府信息公开行政复议、行政诉讼情况", ""),
                new ReportSection(SectionKind.PROBLEMS_AND_IMPROVEMENTS, "五、存在的主要问题及改进情况", "上一年度（"
                        + (year - 1) + "年）报告指出的栏目更新不及时问题已整改。存在的主要问题是政策解读形式单一。下一步将加强解读工作。"),
                new ReportSection(SectionKind.OTHER_MATTERS, "六、其他需要报告的事项", "本年度未收取信息处理费。"));
    }

    private static DisclosureTable disclosures(boolean broken, int inForce) {
        List<DisclosureTable.DisclosureCell> cells = new ArrayList<>();
        disclosure(cells, DisclosureRow.REGULATIONS, DisclosureColumn.ISSUED, "0");
        disclosure(cells, DisclosureRow.REGULATIONS, DisclosureColumn.REPEALED, "0");
        disclosure(cells, DisclosureRow.REGULATIONS, DisclosureColumn.IN_FORCE, "0");
        disclosure(cells, DisclosureRow.NORMATIVE_DOCUMENTS, DisclosureColumn.ISSUED, "3");
        disclosure(cells, DisclosureRow.NORMATIVE_DOCUMENTS, DisclosureColumn.REPEALED, "1");
        disclosure(cells, DisclosureRow.NORMATIVE_DOCUMENTS, DisclosureColumn.IN_FORCE, Integer.toString(inForce));
        disclosure(cells, DisclosureRow.LICENSING, DisclosureColumn.DECISIONS, "100");
        disclosure(cells, DisclosureRow.PENALTY, DisclosureColumn.DECISIONS, broken ? "-10" : "10");
        disclosure(cells, DisclosureRow.COERCION, DisclosureColumn.DECISIONS, "2");
        disclosure(cells, DisclosureRow.FEES, DisclosureColumn.FEE_AMOUNT, "1.5");
        return new DisclosureTable(cells);
    }

    private static void disclosure(List<DisclosureTable.DisclosureCell> cells, DisclosureRow row, DisclosureColumn column,
                                   String written) {
        cells.add(new DisclosureTable.DisclosureCell(row, column, row.label(), number("二", row.label(), column.label(), written)));
    }

    private static ApplicationTable applications(boolean broken) {
        List<ApplicationTable.ApplicationCell> cells = new ArrayList<>();
        for (ApplicationRow row : ApplicationRow.rowsOf(TemplateVersion.V30)) {
            int[] values = APPLICATIONS.getOrDefault(row, new int[7]);
            for (ApplicantColumn column : ApplicantColumn.values()) {
                int value = values[column.ordinal()];
                if (broken && row == ApplicationRow.NEW_RECEIVED && column == ApplicantColumn.TOTAL) {
                    value = 7;
                }
                Cell cell = broken && row == ApplicationRow.DISCLOSED && column == ApplicantColumn.OTHER
                        ? new Cell("三", row.label(), column.label(), "", CellKind.BLANK, null)
                        : number("三", row.label(), column.label(), Integer.toString(value));
                cells.add(new ApplicationTable.ApplicationCell(row, column, cell));
            }
        }
        return new ApplicationTable(cells);
    }

    private static CaseTable cases() {
        int[][] values = {{1, 0, 0, 0, 1}, {0, 0, 0, 1, 1}, {0, 0, 0, 0, 0}};
        List<CaseTable.CaseCell> cells = new ArrayList<>();
        for (CaseGroup group : CaseGroup.values()) {
            for (CaseOutcome outcome : CaseOutcome.values()) {
                cells.add(new CaseTable.CaseCell(group, outcome, number("四", group.label(), outcome.label(),
                        Integer.toString(values[group.ordinal()][outcome.ordinal()]))));
            }
        }
        return new CaseTable(cells);
    }

    private static Cell number(String table, String row, String column, String written) {
        BigDecimal value = new BigDecimal(written);
        CellKind kind = value.stripTrailingZeros().scale() <= 0 ? CellKind.INTEGER : CellKind.DECIMAL;
        return new Cell(table, row, column, written, kind, value);
    }
}
