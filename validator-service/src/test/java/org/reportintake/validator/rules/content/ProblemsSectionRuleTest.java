package org.reportintake.validator.rules.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reportintake.validator.rules.fixtures.Validation.findings;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.reportintake.model.event.Finding;
import org.reportintake.model.event.Severity;
import org.reportintake.model.report.SectionKind;
import org.reportintake.validator.rules.fixtures.ReportFixtures;

class ProblemsSectionRuleTest {

    private static List<Finding> c3(String text) {
        return findings(ReportFixtures.v30().sectionText(SectionKind.PROBLEMS_AND_IMPROVEMENTS, text), "C3");
    }

    @Test
    void acceptsProblemsMeasuresAndLastYearsFollowUp() {
        assertTrue(c3("2022年度报告提出的问题已整改。存在的主要问题是解读不足。下一步将丰富解读形式。").isEmpty());
    }

    @Test
    void warnsWhenSectionFiveIsEmpty() {
        List<Finding> found = c3("  ");

        assertEquals(1, found.size());
        assertEquals(Severity.WARN, found.get(0).severity());
    }

    @Test
    void warnsWhenNoProblemIsNamed() {
        List<Finding> found = c3("上年度工作很好。下一步继续保持。");

        assertEquals(List.of(Severity.WARN), found.stream().map(Finding::severity).toList());
        assertTrue(found.get(0).messageZh().contains("问题"));
    }

    @Test
    void warnsWhenNoMeasureIsStated() {
        List<Finding> found = c3("上年度存在的问题：解读不足。");

        assertEquals(List.of(Severity.WARN), found.stream().map(Finding::severity).toList());
        assertTrue(found.get(0).messageZh().contains("改进措施"));
    }

    @Test
    void notesWithInfoThatLastYearsProblemsAreNotMentioned() {
        List<Finding> found = c3("存在的主要问题是解读不足。下一步将丰富解读形式。");

        assertEquals(List.of(Severity.INFO), found.stream().map(Finding::severity).toList());
    }
}
