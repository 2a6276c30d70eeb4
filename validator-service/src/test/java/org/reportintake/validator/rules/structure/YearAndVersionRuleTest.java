package org.reportintake.validator.rules.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reportintake.validator.rules.fixtures.Validation.findings;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.reportintake.model.event.Finding;
import org.reportintake.model.event.Severity;
import org.reportintake.model.event.Verdict;
import org.reportintake.model.report.TemplateVersion;
import org.reportintake.validator.rules.ValidationResult;
import org.reportintake.validator.rules.fixtures.ReportFixtures;
import org.reportintake.validator.rules.fixtures.Validation;

class YearAndVersionRuleTest {

    @Test
    void acceptsReportWithYearAndKnownFormat() {
        assertTrue(findings(ReportFixtures.v30(), "S1").isEmpty());
        assertTrue(findings(ReportFixtures.v60(), "S1").isEmpty());
    }

    @Test
    void refersReportWhoseYearWeCannotReadForReview() {
        List<Finding> found = findings(ReportFixtures.v30().year(null), "S1");

        assertEquals(1, found.size());
        assertEquals(Severity.REVIEW, found.get(0).severity());
        assertTrue(found.get(0).messageZh().contains("报告年度"));
    }

    @Test
    void refersTablesWhoseFormatWeCannotTellForReview() {
        List<Finding> found = findings(ReportFixtures.v30().version(TemplateVersion.UNKNOWN), "S1");

        assertEquals(1, found.size());
        assertEquals(Severity.REVIEW, found.get(0).severity());
    }

    @Test
    void saysNothingAboutTheVersionOfAReportWithoutTables() {
        assertEquals(List.of(), findings(ReportFixtures.v30().version(TemplateVersion.UNKNOWN).withoutApplications()
                .withoutCases().withoutDisclosures(), "S1"));
    }

    @Test
    void refersTablesOfAnUnknownVersionForReviewInsteadOfRejecting() {
        assertEquals(Verdict.NEEDS_REVIEW, Validation.validate(ReportFixtures.v30().version(null)).verdict());
    }

    @Test
    void classifiesLegacyReportAsLegacyWithoutAnS1Finding() {
        ValidationResult result = Validation.validate(ReportFixtures.v30().year(2016).version(TemplateVersion.LEGACY));

        assertEquals(Verdict.LEGACY, result.verdict());
        assertEquals(List.of(), Validation.findings(result, "S1"));
        assertEquals(1, Validation.findings(result, "X2").size());
    }
}
