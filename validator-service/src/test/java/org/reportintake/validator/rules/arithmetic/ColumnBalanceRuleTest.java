package org.reportintake.validator.rules.arithmetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reportintake.validator.rules.fixtures.Validation.findings;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.reportintake.model.event.Finding;
import org.reportintake.model.event.Severity;
import org.reportintake.model.report.ApplicantColumn;
import org.reportintake.model.report.ApplicationRow;
import org.reportintake.validator.rules.fixtures.Cells;
import org.reportintake.validator.rules.fixtures.ReportFixtures;

class ColumnBalanceRuleTest {

    @Test
    void acceptsColumnsWhereNewPlusCarriedOverEqualsTotalPlusCarriedForward() {
        assertTrue(findings(ReportFixtures.v30(), "A1").isEmpty());
        assertTrue(findings(ReportFixtures.v60(), "A1").isEmpty());
    }

    @Test
    void rejectsReportWhoseTotalsDoNotAddUp() {
        List<Finding> found = findings(ReportFixtures.v30()
                .application(ApplicationRow.CARRIED_FROM_PREVIOUS_YEAR, ApplicantColumn.NATURAL_PERSON, 3)
                .application(ApplicationRow.CARRIED_FROM_PREVIOUS_YEAR, ApplicantColumn.TOTAL, 3), "A1");

        assertEquals(List.of("自然人", "总计"), found.stream().map(f -> f.location().columnLabel()).toList());
        Finding natural = found.get(0);
        assertEquals(Severity.REJECT, natural.severity());
        assertEquals("三", natural.location().table());
        assertEquals(0, natural.computed().compareTo(new BigDecimal(8)));
        assertEquals(0, natural.reported().compareTo(new BigDecimal(6)));
        assertEquals(0, natural.difference().compareTo(new BigDecimal(-2)));
        assertTrue(natural.messageZh().contains("“自然人”列") && natural.messageZh().contains("= 8")
                && natural.messageZh().contains("= 6"), natural.messageZh());
        assertTrue(natural.messageEn().contains("= 8") && natural.messageEn().contains("= 6"), natural.messageEn());
        assertTrue(natural.hintZh().contains("结转下年度"));
    }

    @Test
    void readsBlankCellsAsZero() {
        assertTrue(findings(ReportFixtures.v30()
                .blankApplication(ApplicationRow.CARRIED_FROM_PREVIOUS_YEAR, ApplicantColumn.RESEARCH_INSTITUTION)
                .blankApplication(ApplicationRow.CARRIED_TO_NEXT_YEAR, ApplicantColumn.RESEARCH_INSTITUTION), "A1")
                .isEmpty());
    }

    @Test
    void leavesUnreadableCellsToOtherRulesInsteadOfGuessing() {
        assertTrue(findings(ReportFixtures.v30().applicationCell(ApplicationRow.NEW_RECEIVED,
                ApplicantColumn.NATURAL_PERSON, Cells.unparseable("三", "一、本年新收政府信息公开申请数量", "自然人", "五")),
                "A1").isEmpty());
        assertTrue(findings(ReportFixtures.v30().withoutApplicationCell(ApplicationRow.TOTAL, ApplicantColumn.TOTAL),
                "A1").isEmpty());
    }
}
