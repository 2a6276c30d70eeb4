package org.reportintake.validator.rules.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reportintake.validator.rules.fixtures.Validation.findings;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.reportintake.model.event.Finding;
import org.reportintake.model.event.Severity;
import org.reportintake.model.event.Verdict;
import org.reportintake.model.report.ReadingIssue;
import org.reportintake.model.report.ReadingIssueKind;
import org.reportintake.model.report.SectionKind;
import org.reportintake.validator.rules.ValidationResult;
import org.reportintake.validator.rules.fixtures.ReportFixtures;
import org.reportintake.validator.rules.fixtures.Validation;

class SectionsRuleTest {

    @Test
    void acceptsSixOfficialSections() {
        assertTrue(findings(ReportFixtures.v30(), "S3").isEmpty());
    }

    @Test
    void acceptsKnownHeadingVariantsAndLostNumbering() {
        List<Finding> found = findings(ReportFixtures.v30()
                .section(SectionKind.GENERAL, "总体情况", "概述。")
                .section(SectionKind.ACTIVE_DISCLOSURE, "二、行政机关主动公开政府信息情况", "")
                .section(SectionKind.REVIEW_AND_LITIGATION, "4、 政府信息公开行政复议、行政诉讼情况", "")
                .section(SectionKind.PROBLEMS_AND_IMPROVEMENTS, "（5）政府信息公开工作存在的主要问题及改进情况",
                        "上年问题已整改。存在问题：解读不足。下一步将加强。")
                .section(SectionKind.OTHER_MATTERS, "六、其它需要报告的事项", "未收取信息处理费。"), "S3");

        assertTrue(found.isEmpty(), found.toString());
    }

    @Test
    void rejectsReportWithoutTableThree() {
        List<Finding> found = findings(ReportFixtures.v30().withoutApplications(), "S3");

        assertEquals(1, found.size());
        assertEquals(Severity.REJECT, found.get(0).severity());
        assertEquals("三", found.get(0).location().table());
    }

    @Test
    void doesNotCallATableMissingThatTheParserSawButCouldNotMap() {
        ValidationResult result = Validation.validate(ReportFixtures.v30().withoutCases().readingIssue(
                new ReadingIssue(ReadingIssueKind.TABLE_NOT_MAPPED, "四", null, null, null, List.of(), null, null)));

        assertEquals(List.of(), Validation.findings(result, "S3"), Validation.describe(result.findings()));
        assertEquals(Verdict.NEEDS_REVIEW, result.verdict());
    }

    @Test
    void rejectsReportWithoutTableTwoOrFour() {
        assertEquals(Severity.REJECT, findings(ReportFixtures.v30().withoutDisclosures(), "S3").get(0).severity());
        assertEquals(Severity.REJECT, findings(ReportFixtures.v30().withoutCases(), "S3").get(0).severity());
    }

    @Test
    void rejectsReportWithoutProblemsSectionAltogether() {
        List<Finding> found = findings(ReportFixtures.v30().withoutSection(SectionKind.PROBLEMS_AND_IMPROVEMENTS), "S3");

        assertEquals(1, found.size());
        assertEquals(Severity.REJECT, found.get(0).severity());
        assertEquals(SectionKind.PROBLEMS_AND_IMPROVEMENTS.canonicalHeading(), found.get(0).location().section());
    }

    @Test
    void onlyWarnsWhenProblemsHeadingIsMissingButItsContentIsThere() {
        List<Finding> found = findings(ReportFixtures.v30()
                .withoutSection(SectionKind.PROBLEMS_AND_IMPROVEMENTS)
                .sectionText(SectionKind.REVIEW_AND_LITIGATION, "存在的主要问题是解读不足，下一步将加强。"), "S3");

        assertEquals(1, found.size());
        assertEquals(Severity.WARN, found.get(0).severity());
    }

    @Test
    void onlyWarnsWhenTableSectionHeadingIsMissingButItsTableIsThere() {
        List<Finding> found = findings(ReportFixtures.v30().withoutSection(SectionKind.APPLICATIONS), "S3");

        assertEquals(1, found.size());
        assertEquals(Severity.WARN, found.get(0).severity());
    }

    @Test
    void warnsWhenGeneralSectionIsMissing() {
        List<Finding> found = findings(ReportFixtures.v30().withoutSection(SectionKind.GENERAL), "S3");

        assertEquals(Severity.WARN, found.get(0).severity());
    }

    @Test
    void warnsForRenamedHeading() {
        List<Finding> found = findings(ReportFixtures.v30()
                .section(SectionKind.OTHER_MATTERS, "六、其他工作", "未收取信息处理费。"), "S3");

        assertEquals(1, found.size());
        assertEquals(Severity.WARN, found.get(0).severity());
        assertTrue(found.get(0).messageZh().contains("六、其他工作"));
    }

    @Test
    void warnsForSectionsOutOfOrder() {
        List<Finding> found = findings(ReportFixtures.v30().sectionOrder(SectionKind.GENERAL,
                SectionKind.ACTIVE_DISCLOSURE, SectionKind.APPLICATIONS, SectionKind.REVIEW_AND_LITIGATION,
                SectionKind.OTHER_MATTERS, SectionKind.PROBLEMS_AND_IMPROVEMENTS), "S3");

        assertEquals(1, found.size());
        assertEquals(Severity.WARN, found.get(0).severity());
    }
}
