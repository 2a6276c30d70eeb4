package org.reportintake.validator.rules.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reportintake.validator.rules.fixtures.Validation.findings;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.reportintake.model.event.Finding;
import org.reportintake.model.event.Severity;
import org.reportintake.model.report.ApplicantColumn;
import org.reportintake.model.report.ApplicationRow;
import org.reportintake.model.report.CaseGroup;
import org.reportintake.model.report.CaseOutcome;
import org.reportintake.model.report.Cell;
import org.reportintake.model.report.CellKind;
import org.reportintake.model.report.CellOrigin;
import org.reportintake.model.report.DisclosureColumn;
import org.reportintake.model.report.DisclosureRow;
import org.reportintake.validator.rules.fixtures.Cells;
import org.reportintake.validator.rules.fixtures.ReportFixtures;

class CellValueRuleTest {

    @Test
    void acceptsWholeCountsAndDecimalFees() {
        assertTrue(findings(ReportFixtures.v30().disclosure(DisclosureRow.FEES, DisclosureColumn.FEE_AMOUNT,
                "5949.088667"), "N1").isEmpty());
    }

    @Test
    void acceptsNegativeChangeInAV60Table() {
        assertTrue(findings(ReportFixtures.v60().disclosure(DisclosureRow.COERCION, DisclosureColumn.CHANGE, "-18"),
                "N1").isEmpty());
    }

    @Test
    void leavesACellWeCouldNotReadToTheReadingIssueInsteadOfRejectingIt() {
        Cell uncertain = new Cell("三", ApplicationRow.DISCLOSED.label(), "自然人", "8010", CellKind.UNPARSEABLE, null,
                CellOrigin.UNCERTAIN);
        assertEquals(List.of(), findings(ReportFixtures.v30()
                .applicationCell(ApplicationRow.DISCLOSED, ApplicantColumn.NATURAL_PERSON, uncertain), "N1"));
    }

    @Test
    void rejectsTextInACountCell() {
        List<Finding> found = findings(ReportFixtures.v30().applicationCell(ApplicationRow.DISCLOSED,
                ApplicantColumn.NATURAL_PERSON, Cells.unparseable("三", "（一）予以公开", "自然人", "若干")), "N1");

        assertEquals(1, found.size());
        assertEquals(Severity.REJECT, found.get(0).severity());
        assertTrue(found.get(0).messageZh().contains("若干"));
        assertEquals("自然人", found.get(0).location().columnLabel());
    }

    @Test
    void rejectsNegativeCount() {
        List<Finding> found = findings(ReportFixtures.v30()
                .application(ApplicationRow.CARRIED_TO_NEXT_YEAR, ApplicantColumn.OTHER, -1), "N1");

        assertEquals(Severity.REJECT, found.get(0).severity());
    }

    @Test
    void rejectsNegativeChangeOutsideTheChangeColumn() {
        List<Finding> found = findings(ReportFixtures.v60()
                .disclosure(DisclosureRow.COERCION, DisclosureColumn.DECISIONS_V60, "-3"), "N1");

        assertEquals(Severity.REJECT, found.get(0).severity());
    }

    @Test
    void rejectsNegativeFee() {
        List<Finding> found = findings(ReportFixtures.v30()
                .disclosure(DisclosureRow.FEES, DisclosureColumn.FEE_AMOUNT, "-0.5"), "N1");

        assertEquals(Severity.REJECT, found.get(0).severity());
    }

    @Test
    void rejectsFractionalNumberOfCases() {
        List<Finding> found = findings(ReportFixtures.v30().caseCell(CaseGroup.ADMINISTRATIVE_REVIEW,
                CaseOutcome.UPHELD, Cells.number("四", "行政复议", "结果维持", "0.5")), "N1");

        assertEquals(Severity.REJECT, found.get(0).severity());
    }
}
