package org.reportintake.validator.rules.arithmetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reportintake.validator.rules.fixtures.Validation.findings;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.reportintake.model.event.Finding;
import org.reportintake.model.event.Severity;
import org.reportintake.model.event.Verdict;
import org.reportintake.model.report.ApplicantColumn;
import org.reportintake.model.report.ApplicationRow;
import org.reportintake.model.report.TemplateVersion;
import org.reportintake.validator.rules.ValidationResult;
import org.reportintake.validator.rules.fixtures.ReportBuilder;
import org.reportintake.validator.rules.fixtures.ReportFixtures;
import org.reportintake.validator.rules.fixtures.Validation;

class RowTotalRuleTest {

    @Test
    void acceptsRowsWhoseTotalIsTheSumOfTheApplicants() {
        assertTrue(findings(ReportFixtures.v30(), "A3").isEmpty());
    }

    @Test
    void rejectsRowWhoseTotalDiffersFromTheApplicants() {
        List<Finding> found = findings(ReportFixtures.v30()
                .application(ApplicationRow.NEW_RECEIVED, ApplicantColumn.TOTAL, 7), "A3");

        assertEquals(1, found.size());
        Finding finding = found.get(0);
        assertEquals(Severity.REJECT, finding.severity());
        assertEquals("一、本年新收政府信息公开申请数量", finding.location().rowLabel());
        assertEquals("总计", finding.location().columnLabel());
        assertEquals(0, finding.reported().compareTo(new BigDecimal(7)));
        assertEquals(0, finding.computed().compareTo(new BigDecimal(6)));
        assertEquals(0, finding.difference().compareTo(BigDecimal.ONE));
    }

    @Test
    void rejectsSingleBlankTotalOfARowWithApplications() {
        List<Finding> found = findings(ReportFixtures.v30()
                .blankApplication(ApplicationRow.DISCLOSED, ApplicantColumn.TOTAL), "A3");

        assertEquals(Severity.REJECT, found.get(0).severity());
    }

    @Test
    void onlyWarnsAndComputesTheTotalWhenTheWholeTotalColumnIsBlank() {
        ReportBuilder report = ReportFixtures.v30();
        for (ApplicationRow row : ApplicationRow.rowsOf(TemplateVersion.V30)) {
            report.blankApplication(row, ApplicantColumn.TOTAL);
        }

        ValidationResult result = Validation.validate(report);
        List<Finding> found = Validation.findings(result, "A3");
        assertTrue(found.stream().allMatch(f -> f.severity() == Severity.WARN), Validation.describe(found));
        assertEquals(7, found.size(), Validation.describe(found));
        assertEquals(0, found.get(0).computed().compareTo(new BigDecimal(6)));
        assertEquals(Verdict.ACCEPTED, result.verdict(), Validation.describe(result.findings()));
    }
}
