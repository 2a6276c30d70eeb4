package org.reportintake.validator.rules.arithmetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reportintake.validator.rules.fixtures.Validation.findings;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.reportintake.model.event.Finding;
import org.reportintake.model.event.Severity;
import org.reportintake.model.report.ApplicationRow;
import org.reportintake.validator.rules.fixtures.ReportFixtures;

class OutcomeTotalRuleTest {

    @Test
    void acceptsTotalEqualToTheSumOfOutcomes() {
        assertTrue(findings(ReportFixtures.v30(), "A2").isEmpty());
    }

    @Test
    void rejectsTotalThatDiffersFromTheSumOfOutcomes() {
        List<Finding> found = findings(ReportFixtures.v30()
                .applications(ApplicationRow.DISCLOSED, 2, 0, 0, 0, 0, 0, 2), "A2");

        assertEquals(List.of("自然人", "总计"), found.stream().map(f -> f.location().columnLabel()).toList());
        assertEquals(Severity.REJECT, found.get(0).severity());
        assertEquals("（七）总计", found.get(0).location().rowLabel());
        assertEquals(0, found.get(0).reported().compareTo(new BigDecimal(5)));
        assertEquals(0, found.get(0).computed().compareTo(new BigDecimal(4)));
    }

    @Test
    void countsTheThreeOtherHandlingSubItemsOfV30() {
        List<Finding> found = findings(ReportFixtures.v30()
                .applications(ApplicationRow.OTHER_FEE_UNPAID, 1, 0, 0, 0, 0, 0, 1), "A2");

        assertEquals(2, found.size());
        assertEquals(0, found.get(0).computed().compareTo(new BigDecimal(6)));
    }

    @Test
    void countsTheSingleOtherHandlingRowOfV60() {
        assertTrue(findings(ReportFixtures.v60()
                .applications(ApplicationRow.DISCLOSED, 2, 0, 0, 0, 0, 0, 2)
                .applications(ApplicationRow.OTHER_HANDLING_V60, 1, 0, 0, 0, 0, 0, 1), "A2").isEmpty());
    }
}
