package org.reportintake.validator.rules.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.reportintake.model.event.Finding;
import org.reportintake.model.event.Severity;
import org.reportintake.model.event.Verdict;
import org.reportintake.model.report.ApplicationRow;
import org.reportintake.validator.rules.ValidationResult;
import org.reportintake.validator.rules.fixtures.Validation;

/** The product owner's expectations for the five seed reports. */
class SeedReportsTest {

    @Test
    void rejectsSeed000BecauseTwoNewApplicationsAreNeitherHandledNorCarriedForward() {
        ValidationResult result = Validation.validate(SeedReports.seed000());

        assertEquals(Verdict.REJECTED, result.verdict());
        List<Finding> rejects = result.findings().stream().filter(f -> f.severity() == Severity.REJECT).toList();
        assertEquals(List.of("A1 自然人", "A1 总计"),
                rejects.stream().map(f -> f.ruleId() + " " + f.location().columnLabel()).toList(),
                Validation.describe(result.findings()));
        assertEquals(List.of(), Validation.findings(result, "X3"));
        for (Finding finding : rejects) {
            assertEquals(0, finding.reported().compareTo(BigDecimal.ZERO));
            assertEquals(0, finding.computed().compareTo(new BigDecimal(2)));
            assertEquals(0, finding.difference().compareTo(new BigDecimal(-2)));
            assertTrue(finding.messageZh().contains("（2）") && finding.messageZh().contains("= 2")
                    && finding.messageZh().contains("= 0"), finding.messageZh());
        }
    }

    @Test
    void warnsSeed000ThatTheTitleMisspellsTheAgencyName() {
        List<Finding> names = Validation.findings(SeedReports.seed000(), "C6");

        assertFalse(names.isEmpty());
        assertTrue(names.get(0).messageZh().contains("高安市行政务服务中心管委会"), names.get(0).messageZh());
    }

    @Test
    void acceptsSeed001WithTwoBlankCellsAndTheReviewCountOfTheText() {
        ValidationResult result = Validation.validate(SeedReports.seed001());

        assertEquals(Verdict.ACCEPTED, result.verdict());
        List<Finding> warnings = Validation.aboveInfo(result);
        assertEquals(List.of("N2 WARN （一）予以公开/社会公益组织", "N2 WARN （一）予以公开/其他",
                        "T1 WARN 行政复议/总计"),
                warnings.stream().map(f -> f.ruleId() + " " + f.severity() + " " + f.location().rowLabel() + "/"
                        + f.location().columnLabel()).toList(),
                Validation.describe(result.findings()));
        Finding review = Validation.findings(result, "T1").get(0);
        assertEquals(0, review.reported().compareTo(BigDecimal.ONE));
        assertEquals(0, review.computed().compareTo(new BigDecimal(12)));
    }

    @Test
    void acceptsSeed002AndReadsTwentyOneReceivedAsNewPlusCarriedOver() {
        ValidationResult result = Validation.validate(SeedReports.seed002());

        assertEquals(Verdict.ACCEPTED, result.verdict());
        assertEquals(List.of(), Validation.aboveInfo(result), Validation.describe(result.findings()));
        List<Finding> text = Validation.findings(result, "T1");
        assertTrue(text.stream().allMatch(f -> f.severity() == Severity.INFO), Validation.describe(text));
    }

    @Test
    void acceptsSeed003WithNothingAboveInfo() {
        ValidationResult result = Validation.validate(SeedReports.seed003());

        assertEquals(Verdict.ACCEPTED, result.verdict());
        assertEquals(List.of(), Validation.aboveInfo(result), Validation.describe(result.findings()));
    }

    @Test
    void acceptsSeed004WithAWarningThatTheTextUnderstatesTheDocumentsInForce() {
        ValidationResult result = Validation.validate(SeedReports.seed004());

        assertEquals(Verdict.ACCEPTED, result.verdict());
        List<Finding> warnings = Validation.aboveInfo(result);
        assertEquals(1, warnings.size(), Validation.describe(result.findings()));
        Finding inForce = warnings.get(0);
        assertEquals("T1", inForce.ruleId());
        assertEquals(Severity.WARN, inForce.severity());
        assertEquals("现行有效件数", inForce.location().columnLabel());
        assertEquals(0, inForce.reported().compareTo(new BigDecimal(26)));
        assertEquals(0, inForce.computed().compareTo(new BigDecimal(27)));
    }
}
