package org.reportintake.validator.rules.arithmetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.reportintake.model.event.Finding;
import org.reportintake.model.event.Severity;
import org.reportintake.model.report.AnnualReport;
import org.reportintake.model.report.DisclosureColumn;
import org.reportintake.model.report.DisclosureRow;
import org.reportintake.validator.rules.fixtures.ReportFixtures;
import org.reportintake.validator.rules.fixtures.Validation;

class DocumentsInForceRuleTest {

    private static List<Finding> a6(AnnualReport previous) {
        return Validation.findings(Validation.validate(ReportFixtures.v30(), previous, null, null), "A6");
    }

    private static AnnualReport previousWithInForce(String inForce) {
        return ReportFixtures.v30().year(2022)
                .disclosure(DisclosureRow.NORMATIVE_DOCUMENTS, DisclosureColumn.IN_FORCE, inForce).build();
    }

    @Test
    void notesWithInfoThatThereIsNoPreviousReport() {
        List<Finding> found = a6(null);

        assertEquals(1, found.size());
        assertEquals(Severity.INFO, found.get(0).severity());
    }

    @Test
    void acceptsLastYearsStockPlusIssuedMinusRepealed() {
        assertTrue(a6(previousWithInForce("18")).isEmpty());
    }

    @Test
    void warnsWhenTheStockDoesNotFollowFromLastYear() {
        List<Finding> found = a6(previousWithInForce("25"));

        assertEquals(1, found.size());
        assertEquals(Severity.WARN, found.get(0).severity());
        assertEquals(0, found.get(0).reported().compareTo(new BigDecimal(20)));
        assertEquals(0, found.get(0).computed().compareTo(new BigDecimal(27)));
    }

    @Test
    void notesWithInfoThatAV60PreviousReportCannotBeCompared() {
        List<Finding> found = Validation.findings(Validation.validate(ReportFixtures.v30().year(2021)
                .period(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31)), ReportFixtures.v60().build(),
                null, null), "A6");

        assertEquals(1, found.size());
        assertEquals(Severity.INFO, found.get(0).severity());
    }

    @Test
    void notesWithInfoThatAReportOfAnotherYearCannotBeCompared() {
        List<Finding> found = a6(ReportFixtures.v30().year(2021).build());

        assertEquals(Severity.INFO, found.get(0).severity());
    }
}
