package org.reportintake.validator.rules.arithmetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reportintake.validator.rules.fixtures.Validation.findings;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.reportintake.model.event.Finding;
import org.reportintake.model.event.Severity;
import org.reportintake.model.report.DisclosureColumn;
import org.reportintake.model.report.DisclosureRow;
import org.reportintake.validator.rules.fixtures.ReportFixtures;

class DisclosureMagnitudeRuleTest {

    @Test
    void acceptsRealFeeAmountsInWanYuan() {
        for (String fee : new String[] {"5949.088667", "378.42", "59237.2449", "0"}) {
            assertTrue(findings(ReportFixtures.v30().disclosure(DisclosureRow.FEES, DisclosureColumn.FEE_AMOUNT, fee),
                    "A8").isEmpty(), fee);
        }
    }

    @Test
    void warnsForFractionalCountOfDecisions() {
        List<Finding> found = findings(ReportFixtures.v30()
                .disclosure(DisclosureRow.LICENSING, DisclosureColumn.DECISIONS, "12.5"), "A8");

        assertEquals(1, found.size());
        assertEquals(Severity.WARN, found.get(0).severity());
    }

    @Test
    void warnsForFeeThatLooksEnteredInYuan() {
        List<Finding> found = findings(ReportFixtures.v30()
                .disclosure(DisclosureRow.FEES, DisclosureColumn.FEE_AMOUNT, "59237244.9"), "A8");

        assertEquals(1, found.size());
        assertEquals(Severity.WARN, found.get(0).severity());
        assertTrue(found.get(0).messageZh().contains("万元"));
    }

    @Test
    void warnsForProcurementAmountThatLooksEnteredInYuan() {
        List<Finding> found = findings(ReportFixtures.v60()
                .disclosure(DisclosureRow.PROCUREMENT, DisclosureColumn.PROCUREMENT_AMOUNT, "73802895.90"), "A8");

        assertEquals(Severity.WARN, found.get(0).severity());
    }
}
