package org.reportintake.validator.rules.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.reportintake.model.event.Finding;
import org.reportintake.model.event.Severity;
import org.reportintake.model.report.AnnualReport;
import org.reportintake.model.report.ApplicationRow;
import org.reportintake.model.report.CaseGroup;
import org.reportintake.model.report.DisclosureColumn;
import org.reportintake.model.report.DisclosureRow;
import org.reportintake.model.report.SectionKind;
import org.reportintake.model.report.TemplateVersion;
import org.reportintake.validator.rules.fixtures.ReportBuilder;
import org.reportintake.validator.rules.fixtures.ReportFixtures;
import org.reportintake.validator.rules.fixtures.Validation;

class SameAsPreviousYearRuleTest {

    private static final String GENERAL = "%d年，我局坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《中华人民共和国政府信息公开条例》，"
            + "围绕中心工作，不断加大政府信息公开力度，规范依申请公开办理流程，加强政府信息管理，完善政府信息公开平台建设，"
            + "强化监督保障，政府信息公开工作取得了新的成效。";
    private static final String PROBLEMS = "存在的主要问题是政策解读形式较为单一，信息发布的时效性还有待提高。"
            + "下一步，我局将丰富政策解读形式，加强信息发布审核，进一步提升政府信息公开工作质量。";

    private static List<Finding> c4(ReportBuilder report, AnnualReport previous) {
        return Validation.findings(Validation.validate(report, previous, null, null), "C4");
    }

    private static ReportBuilder withText(ReportBuilder report, int year, String general, String problems) {
        return report.sectionText(SectionKind.GENERAL, String.format(general, year))
                .sectionText(SectionKind.PROBLEMS_AND_IMPROVEMENTS, problems);
    }

    /** Last year's report with other figures, so that only the text can be alike. */
    private static ReportBuilder lastYearWithOtherFigures() {
        return ReportFixtures.v30().year(2022)
                .applications(ApplicationRow.DISCLOSED, 2, 0, 0, 0, 0, 0, 2)
                .applications(ApplicationRow.UNAVAILABLE_NOT_HELD, 3, 0, 0, 0, 0, 0, 3);
    }

    @Test
    void isSilentWithoutAPreviousReport() {
        assertTrue(c4(ReportFixtures.v30(), null).isEmpty());
    }

    @Test
    void acceptsReportWrittenAfresh() {
        AnnualReport previous = withText(lastYearWithOtherFigures(), 2022,
                "%d年，我局围绕优化营商环境主线，重点推进行政许可、行政处罚信息公开，全年召开新闻发布会四场，"
                        + "开展政府开放日活动两次，邀请人大代表和政协委员参与评议，社会反响良好，群众满意度持续上升。",
                "一是基层公开标准化建设推进不平衡；二是专职人员力量薄弱。下一步将组织专题培训，充实工作力量，"
                        + "推动标准目录落地见效，并将公开情况纳入年度绩效考核。").build();

        assertTrue(c4(withText(ReportFixtures.v30(), 2023, GENERAL, PROBLEMS), previous).isEmpty());
    }

    @Test
    void warnsWhenSectionsOneAndFiveRepeatLastYearsText() {
        AnnualReport previous = withText(lastYearWithOtherFigures(), 2022, GENERAL, PROBLEMS).build();

        List<Finding> found = c4(withText(ReportFixtures.v30(), 2023, GENERAL, PROBLEMS), previous);

        assertEquals(1, found.size());
        assertEquals(Severity.WARN, found.get(0).severity());
        assertTrue(found.get(0).messageZh().contains("100%"), found.get(0).messageZh());
    }

    @Test
    void warnsWhenEveryTableCellRepeatsLastYear() {
        List<Finding> found = c4(ReportFixtures.v30(), ReportFixtures.v30().year(2022).build());

        assertEquals(1, found.size());
        assertEquals(Severity.WARN, found.get(0).severity());
        assertTrue(found.get(0).messageZh().contains("完全相同"));
    }

    @Test
    void acceptsQuietAgencyWhoseTablesAreZeroBothYears() {
        assertTrue(c4(quiet(ReportFixtures.v30()), quiet(ReportFixtures.v30().year(2022)).build()).isEmpty());
    }

    private static ReportBuilder quiet(ReportBuilder report) {
        for (ApplicationRow row : ApplicationRow.rowsOf(TemplateVersion.V30)) {
            report.applications(row, 0, 0, 0, 0, 0, 0, 0);
        }
        for (CaseGroup group : CaseGroup.values()) {
            report.cases(group, 0, 0, 0, 0, 0);
        }
        for (DisclosureRow row : List.of(DisclosureRow.LICENSING, DisclosureRow.PENALTY, DisclosureRow.COERCION)) {
            report.disclosure(row, DisclosureColumn.DECISIONS, "0");
        }
        return report.disclosure(DisclosureRow.NORMATIVE_DOCUMENTS, DisclosureColumn.ISSUED, "0")
                .disclosure(DisclosureRow.NORMATIVE_DOCUMENTS, DisclosureColumn.REPEALED, "0")
                .disclosure(DisclosureRow.FEES, DisclosureColumn.FEE_AMOUNT, "0")
                .withoutClaims();
    }
}
