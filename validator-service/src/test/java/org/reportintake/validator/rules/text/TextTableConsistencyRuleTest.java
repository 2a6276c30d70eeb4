package org.reportintake.validator.rules.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reportintake.validator.rules.fixtures.Validation.findings;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.reportintake.model.event.Finding;
import org.reportintake.model.event.Severity;
import org.reportintake.model.report.ApplicantColumn;
import org.reportintake.model.report.ApplicationRow;
import org.reportintake.model.report.ClaimKind;
import org.reportintake.model.report.SectionKind;
import org.reportintake.validator.rules.fixtures.ReportBuilder;
import org.reportintake.validator.rules.fixtures.ReportFixtures;

class TextTableConsistencyRuleTest {

    private static ReportBuilder withClaim(ClaimKind kind, long value) {
        return ReportFixtures.v30().withoutClaims().claim(kind, value, SectionKind.GENERAL, "正文中的句子。");
    }

    @Test
    void acceptsTextThatAgreesWithTheTables() {
        assertTrue(findings(ReportFixtures.v30(), "T1").isEmpty());
        assertTrue(findings(withClaim(ClaimKind.APPLICATIONS_HANDLED, 6), "T1").isEmpty());
        assertTrue(findings(withClaim(ClaimKind.APPLICATIONS_CARRIED_TO_NEXT_YEAR, 1), "T1").isEmpty());
        assertTrue(findings(withClaim(ClaimKind.APPLICATIONS_DISCLOSED, 3), "T1").isEmpty());
        assertTrue(findings(withClaim(ClaimKind.LAWSUITS, 1), "T1").isEmpty());
        assertTrue(findings(withClaim(ClaimKind.NORMATIVE_DOCUMENTS_ISSUED, 3), "T1").isEmpty());
        assertTrue(findings(withClaim(ClaimKind.NORMATIVE_DOCUMENTS_REPEALED, 1), "T1").isEmpty());
    }

    @Test
    void warnsWhenTheTextCountsADifferentNumberOfReviews() {
        List<Finding> found = findings(withClaim(ClaimKind.ADMINISTRATIVE_REVIEWS, 3), "T1");

        assertEquals(1, found.size());
        Finding finding = found.get(0);
        assertEquals(Severity.WARN, finding.severity());
        assertEquals("四", finding.location().table());
        assertEquals(SectionKind.GENERAL.canonicalHeading(), finding.location().section());
        assertEquals(0, finding.reported().compareTo(new BigDecimal(3)));
        assertEquals(0, finding.computed().compareTo(BigDecimal.ONE));
        assertTrue(finding.messageZh().contains("正文中的句子"), finding.messageZh());
    }

    @Test
    void notesWithInfoThatReceivedCountsNewPlusCarriedOver() {
        List<Finding> found = findings(withClaim(ClaimKind.APPLICATIONS_RECEIVED, 7), "T1");

        assertEquals(1, found.size());
        assertEquals(Severity.INFO, found.get(0).severity());
    }

    @Test
    void warnsWhenReceivedMatchesNeitherNewNorNewPlusCarriedOver() {
        List<Finding> found = findings(withClaim(ClaimKind.APPLICATIONS_RECEIVED, 9), "T1");

        assertEquals(Severity.WARN, found.get(0).severity());
    }

    @Test
    void warnsWhenTheNewApplicationsOfTheTextDifferEvenIfTheyEqualNewPlusCarriedOver() {
        List<Finding> found = findings(withClaim(ClaimKind.APPLICATIONS_NEW, 7), "T1");

        assertEquals(Severity.WARN, found.get(0).severity());
    }

    @Test
    void comparesWithComputedTotalWhenTheTotalColumnIsBlank() {
        assertTrue(findings(withClaim(ClaimKind.APPLICATIONS_RECEIVED, 6)
                .blankApplication(ApplicationRow.NEW_RECEIVED, ApplicantColumn.TOTAL), "T1").isEmpty());
    }

    @Test
    void doesNotCompareDocumentsInForceWithTheV60Table() {
        assertTrue(findings(ReportFixtures.v60().claim(ClaimKind.NORMATIVE_DOCUMENTS_IN_FORCE, 999,
                SectionKind.GENERAL, "现行有效规范性文件999件。"), "T1").isEmpty());
    }

    @Test
    void reportsARepeatedClaimOnce() {
        ReportBuilder report = withClaim(ClaimKind.LAWSUITS, 5).claim(ClaimKind.LAWSUITS, 5, SectionKind.GENERAL,
                "正文中的句子。");

        assertEquals(1, findings(report, "T1").size());
    }
}
