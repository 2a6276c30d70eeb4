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
    void computesASingleBlankTotalWarnsAndMarksItComputed() {
        ValidationResult result = Validation.validate(ReportFixtures.v30()
                .blankApplication(ApplicationRow.DISCLOSED, ApplicantColumn.TOTAL));
        List<Finding> found = Validation.findings(result, "A3");

        assertEquals(1, found.size(), Validation.describe(found));
        assertEquals(Severity.WARN, found.get(0).severity());
        assertEquals(ApplicationRow.DISCLOSED.label(), found.get(0).location().rowLabel());
        assertTrue(found.get(0).messageZh().contains("数值由系统计算"), found.get(0).messageZh());
        assertEquals(Verdict.ACCEPTED, result.verdict(), Validation.describe(result.findings()));
    }

    @Test
    void checksTheOtherRulesOnTheComputedTotal() {
        // Read as 0, the blank 总计 of 新收 would break A1 in the 总计 column (0 + 1 ≠ 6 + 1); computed as 6 it holds.
        ValidationResult sound = Validation.validate(ReportFixtures.v30()
                .blankApplication(ApplicationRow.NEW_RECEIVED, ApplicantColumn.TOTAL));
        assertEquals(List.of(), Validation.findings(sound, "A1"), Validation.describe(sound.findings()));

        // One more 自然人 application than handled: A1 fails in 自然人 and, on the computed total 7, in 总计.
        ValidationResult wrong = Validation.validate(ReportFixtures.v30()
                .application(ApplicationRow.NEW_RECEIVED, ApplicantColumn.NATURAL_PERSON, 6)
                .blankApplication(ApplicationRow.NEW_RECEIVED, ApplicantColumn.TOTAL));
        assertEquals(Verdict.REJECTED, wrong.verdict(), Validation.describe(wrong.findings()));
        List<String> columns = Validation.findings(wrong, "A1").stream().map(f -> f.location().columnLabel()).toList();
        assertEquals(List.of("自然人", "总计"), columns, Validation.describe(wrong.findings()));
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
