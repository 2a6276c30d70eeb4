package org.reportintake.validator.rules.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reportintake.validator.rules.fixtures.Validation.findings;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.reportintake.model.event.Finding;
import org.reportintake.model.event.Severity;
import org.reportintake.model.report.ApplicantColumn;
import org.reportintake.model.report.ApplicationRow;
import org.reportintake.validator.rules.fixtures.ReportFixtures;

class ApplicationTableShapeRuleTest {

    @Test
    void acceptsTheTwentyFiveRowsOfV30AndTheTwentyThreeRowsOfV60() {
        assertTrue(findings(ReportFixtures.v30(), "S4").isEmpty());
        assertTrue(findings(ReportFixtures.v60(), "S4").isEmpty());
    }

    @Test
    void rejectsTableWithoutARow() {
        List<Finding> found = findings(ReportFixtures.v30().withoutApplicationRow(ApplicationRow.WITHHELD_STATE_SECRET), "S4");

        assertEquals(1, found.size());
        assertEquals(Severity.REJECT, found.get(0).severity());
        assertEquals(ApplicationRow.WITHHELD_STATE_SECRET.label(), found.get(0).location().rowLabel());
    }

    @Test
    void rejectsTableWithoutAColumnOnceForTheColumn() {
        List<Finding> found = findings(ReportFixtures.v30().withoutApplicationColumn(ApplicantColumn.RESEARCH_INSTITUTION),
                "S4");

        assertEquals(1, found.size());
        assertEquals(Severity.REJECT, found.get(0).severity());
        assertEquals("科研机构", found.get(0).location().columnLabel());
    }

    @Test
    void refersCellThatCouldNotBeMappedForReview() {
        List<Finding> found = findings(ReportFixtures.v30()
                .withoutApplicationCell(ApplicationRow.NOT_HANDLED_REPEATED, ApplicantColumn.OTHER), "S4");

        assertEquals(1, found.size());
        assertEquals(Severity.REVIEW, found.get(0).severity());
        assertEquals("其他", found.get(0).location().columnLabel());
    }

    @Test
    void rejectsV30TableThatHasTheSingleV60OtherRowInsteadOfItsThreeSubItems() {
        List<Finding> found = findings(ReportFixtures.v30()
                .withoutApplicationRow(ApplicationRow.OTHER_NO_CORRECTION)
                .withoutApplicationRow(ApplicationRow.OTHER_FEE_UNPAID)
                .withoutApplicationRow(ApplicationRow.OTHER_OTHER)
                .applications(ApplicationRow.OTHER_HANDLING_V60, 0, 0, 0, 0, 0, 0, 0), "S4");

        assertEquals(3, found.stream().filter(f -> f.severity() == Severity.REJECT).count());
        assertEquals(1, found.stream().filter(f -> f.severity() == Severity.WARN).count());
    }
}
