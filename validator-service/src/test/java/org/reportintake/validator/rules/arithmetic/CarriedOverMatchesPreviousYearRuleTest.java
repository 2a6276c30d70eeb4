package org.reportintake.validator.rules.arithmetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.reportintake.model.event.Finding;
import org.reportintake.model.event.Severity;
import org.reportintake.model.event.Verdict;
import org.reportintake.model.report.AnnualReport;
import org.reportintake.model.report.ApplicantColumn;
import org.reportintake.model.report.ApplicationRow;
import org.reportintake.validator.rules.ValidationResult;
import org.reportintake.validator.rules.fixtures.ReportBuilder;
import org.reportintake.validator.rules.fixtures.ReportFixtures;
import org.reportintake.validator.rules.fixtures.Validation;

class CarriedOverMatchesPreviousYearRuleTest {

    private static List<Finding> a7(ReportBuilder report, AnnualReport previous) {
        return Validation.findings(Validation.validate(report, previous, null, null), "A7");
    }

    @Test
    void notesWithInfoThatThereIsNoPreviousReport() {
        List<Finding> found = a7(ReportFixtures.v30(), null);

        assertEquals(1, found.size());
        assertEquals(Severity.INFO, found.get(0).severity());
    }

    @Test
    void acceptsCarriedOverEqualToLastYearsCarriedForward() {
        assertTrue(a7(ReportFixtures.v30(), ReportFixtures.v30().year(2022).build()).isEmpty());
    }

    @Test
    void warnsWhenCarriedOverDiffersFromLastYearsCarriedForward() {
        AnnualReport previous = ReportFixtures.v30().year(2022)
                .applications(ApplicationRow.CARRIED_TO_NEXT_YEAR, 0, 0, 0, 0, 0, 0, 0).build();

        ValidationResult result = Validation.validate(ReportFixtures.v30(), previous, null, null);
        List<Finding> found = Validation.findings(result, "A7");
        assertEquals(List.of("自然人", "总计"), found.stream().map(f -> f.location().columnLabel()).toList());
        assertTrue(found.stream().allMatch(f -> f.severity() == Severity.WARN));
        assertTrue(found.get(0).messageZh().contains("2022"), found.get(0).messageZh());
        assertEquals(Verdict.ACCEPTED, result.verdict());
    }

    @Test
    void comparesA2021ReportWithThe2020ReportInTheOldFormat() {
        AnnualReport previous = ReportFixtures.v60()
                .application(ApplicationRow.CARRIED_TO_NEXT_YEAR, ApplicantColumn.NATURAL_PERSON, 2)
                .application(ApplicationRow.CARRIED_TO_NEXT_YEAR, ApplicantColumn.TOTAL, 2).build();

        List<Finding> found = a7(ReportFixtures.v30().year(2021), previous);

        assertEquals(2, found.size());
        assertEquals(Severity.WARN, found.get(0).severity());
    }

    @Test
    void notesWithInfoThatAReportOfAnotherYearCannotBeCompared() {
        List<Finding> found = a7(ReportFixtures.v30(), ReportFixtures.v30().year(2020).build());

        assertEquals(1, found.size());
        assertEquals(Severity.INFO, found.get(0).severity());
    }
}
