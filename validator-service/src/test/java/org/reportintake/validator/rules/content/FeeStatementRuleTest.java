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

class FeeStatementRuleTest {

    @Test
    void acceptsSectionSixThatStatesTheFees() {
        assertTrue(findings(ReportFixtures.v30(), "C1").isEmpty());
        assertTrue(findings(ReportFixtures.v30().sectionText(SectionKind.OTHER_MATTERS,
                "本年度没有产生信息公开处理费。"), "C1").isEmpty());
    }

    @Test
    void warnsWhenSectionSixSaysNothingAboutFees() {
        List<Finding> found = findings(ReportFixtures.v30().sectionText(SectionKind.OTHER_MATTERS, "无。"), "C1");

        assertEquals(1, found.size());
        assertEquals(Severity.WARN, found.get(0).severity());
        assertEquals(SectionKind.OTHER_MATTERS.canonicalHeading(), found.get(0).location().section());
    }

    @Test
    void warnsWhenSectionSixIsMissing() {
        assertEquals(1, findings(ReportFixtures.v30().withoutSection(SectionKind.OTHER_MATTERS), "C1").size());
    }

    @Test
    void doesNotAskReportsBefore2021() {
        assertTrue(findings(ReportFixtures.v60().sectionText(SectionKind.OTHER_MATTERS, "无。"), "C1").isEmpty());
    }
}
