package org.reportintake.validator.rules.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.reportintake.model.event.Finding;
import org.reportintake.model.event.Severity;
import org.reportintake.model.event.Verdict;
import org.reportintake.model.report.ApplicantColumn;
import org.reportintake.model.report.ApplicationRow;
import org.reportintake.model.report.CellOrigin;
import org.reportintake.model.report.ReadingIssue;
import org.reportintake.model.report.ReadingIssueKind;
import org.reportintake.validator.rules.ValidationResult;
import org.reportintake.validator.rules.fixtures.ReportFixtures;
import org.reportintake.validator.rules.fixtures.Validation;

class ReadingIssueRuleTest {

    private static final ReadingIssue AMBIGUOUS_RUN = new ReadingIssue(ReadingIssueKind.FLATTENED_AMBIGUOUS, "四",
            "行政复议", "结果维持", "21317", List.of("2,1,3,1,7", "21,3,1,7,…"), null, null);

    @Test
    void refersEveryReadingIssueForReviewNamingTheCellAndTheCandidates() {
        ValidationResult result = Validation.validate(ReportFixtures.v30().readingIssue(AMBIGUOUS_RUN));

        assertEquals(Verdict.NEEDS_REVIEW, result.verdict());
        List<Finding> found = Validation.findings(result, "X4");
        assertEquals(1, found.size());
        Finding finding = found.get(0);
        assertEquals(Severity.REVIEW, finding.severity());
        assertEquals("四", finding.location().table());
        assertEquals("行政复议", finding.location().rowLabel());
        assertEquals("结果维持", finding.location().columnLabel());
        assertTrue(finding.messageZh().contains("多种符合勾稽关系的拆分") && finding.messageZh().contains("2,1,3,1,7"),
                finding.messageZh());
    }

    @Test
    void neverRejectsAReportWhoseMisreadTableLooksInconsistent() {
        // The table seems not to add up, but the parser said it could not map it with confidence: our problem.
        ValidationResult result = Validation.validate(ReportFixtures.v30()
                .application(ApplicationRow.NEW_RECEIVED, ApplicantColumn.TOTAL, 9)
                .readingIssue(new ReadingIssue(ReadingIssueKind.TABLE_NOT_MAPPED, "三", null, null, null, List.of(),
                        null, null)));

        assertEquals(Verdict.NEEDS_REVIEW, result.verdict(), Validation.describe(result.findings()));
        assertTrue(Validation.findings(result, "A3").stream().anyMatch(f -> f.severity() == Severity.REJECT),
                "the office still sees what would have been rejected");
    }

    @Test
    void acceptsAReportWithoutReadingIssues() {
        assertEquals(List.of(), Validation.findings(Validation.validate(ReportFixtures.v30()), "X4"));
    }

    @Test
    void saysInTheFindingWhenTheCellWasRecoveredFromAFlattenedRun() {
        // 新收 总计 recovered as 7 where the applicants add up to 6: the A3 finding at that cell says where 7 came from.
        ValidationResult result = Validation.validate(ReportFixtures.v30()
                .applicationWithOrigin(ApplicationRow.NEW_RECEIVED, ApplicantColumn.TOTAL, 7, CellOrigin.RECOVERED));

        Finding mismatch = Validation.findings(result, "A3").get(0);
        assertTrue(mismatch.messageZh().contains("由单元格边界丢失的连排数字按勾稽关系还原"), mismatch.messageZh());
        assertTrue(mismatch.messageEn().contains("recovered from a run of digits"), mismatch.messageEn());
        Finding untouched = Validation.findings(Validation.validate(ReportFixtures.v30()
                .application(ApplicationRow.NEW_RECEIVED, ApplicantColumn.TOTAL, 7)), "A3").get(0);
        assertTrue(!untouched.messageZh().contains("连排数字"), untouched.messageZh());
    }
}
