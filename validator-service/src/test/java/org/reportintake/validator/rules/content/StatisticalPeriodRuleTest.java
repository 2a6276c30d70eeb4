package org.reportintake.validator.rules.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reportintake.validator.rules.fixtures.Validation.findings;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.reportintake.model.event.Finding;
import org.reportintake.model.event.Severity;
import org.reportintake.validator.rules.fixtures.ReportFixtures;

class StatisticalPeriodRuleTest {

    @Test
    void acceptsTheCalendarYearOfTheReport() {
        assertTrue(findings(ReportFixtures.v30(), "C5").isEmpty());
    }

    @Test
    void warnsWhenNoPeriodIsStated() {
        List<Finding> found = findings(ReportFixtures.v30().period(null, null), "C5");

        assertEquals(1, found.size());
        assertEquals(Severity.WARN, found.get(0).severity());
    }

    @Test
    void warnsWhenThePeriodIsNotTheReportYear() {
        List<Finding> found = findings(ReportFixtures.v30()
                .period(LocalDate.of(2022, 12, 1), LocalDate.of(2023, 11, 30)), "C5");

        assertEquals(1, found.size());
        assertTrue(found.get(0).messageZh().contains("2022-12-01"), found.get(0).messageZh());
    }

    @Test
    void warnsWhenTheTitleNamesAnotherYear() {
        List<Finding> found = findings(ReportFixtures.v30()
                .title("示例市交通运输局2022年政府信息公开工作年度报告", ReportFixtures.AGENCY), "C5");

        assertEquals(1, found.size());
        assertEquals(Severity.WARN, found.get(0).severity());
    }
}
