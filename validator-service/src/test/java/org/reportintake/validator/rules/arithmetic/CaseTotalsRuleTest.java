package org.reportintake.validator.rules.arithmetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reportintake.validator.rules.fixtures.Validation.findings;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.reportintake.model.event.Finding;
import org.reportintake.model.event.Severity;
import org.reportintake.model.report.CaseGroup;
import org.reportintake.validator.rules.fixtures.ReportFixtures;

class CaseTotalsRuleTest {

    @Test
    void acceptsGroupsWhoseTotalIsTheSumOfOutcomes() {
        assertTrue(findings(ReportFixtures.v30(), "A4").isEmpty());
    }

    @Test
    void rejectsGroupWhoseTotalDiffersFromItsOutcomes() {
        List<Finding> found = findings(ReportFixtures.v30()
                .cases(CaseGroup.LITIGATION_AFTER_REVIEW, 1, 1, 0, 0, 1), "A4");

        assertEquals(1, found.size());
        assertEquals(Severity.REJECT, found.get(0).severity());
        assertEquals("行政诉讼 复议后起诉", found.get(0).location().rowLabel());
        assertEquals(0, found.get(0).computed().compareTo(new BigDecimal(2)));
        assertTrue(found.get(0).messageZh().contains("总计为 1"), found.get(0).messageZh());
    }
}
