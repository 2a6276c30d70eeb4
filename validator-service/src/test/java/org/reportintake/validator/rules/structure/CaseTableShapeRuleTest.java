package org.reportintake.validator.rules.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reportintake.validator.rules.fixtures.Validation.findings;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.reportintake.model.event.Finding;
import org.reportintake.model.event.Severity;
import org.reportintake.model.report.CaseGroup;
import org.reportintake.model.report.CaseOutcome;
import org.reportintake.validator.rules.fixtures.ReportFixtures;

class CaseTableShapeRuleTest {

    @Test
    void acceptsFifteenCells() {
        assertTrue(findings(ReportFixtures.v30(), "S5").isEmpty());
    }

    @Test
    void refersTableWithACellThatCouldNotBeMappedForReview() {
        List<Finding> found = findings(ReportFixtures.v30()
                .withoutCaseCell(CaseGroup.LITIGATION_AFTER_REVIEW, CaseOutcome.PENDING), "S5");

        assertEquals(1, found.size());
        assertEquals(Severity.REVIEW, found.get(0).severity());
        assertEquals("行政诉讼 复议后起诉", found.get(0).location().rowLabel());
        assertEquals("尚未审结", found.get(0).location().columnLabel());
    }

    @Test
    void leavesAMissingTableToTheSectionsRule() {
        assertTrue(findings(ReportFixtures.v30().withoutCases(), "S5").isEmpty());
    }
}
