package org.reportintake.validator.rules.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reportintake.validator.rules.fixtures.Validation.findings;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.reportintake.model.event.Finding;
import org.reportintake.model.event.Severity;
import org.reportintake.validator.rules.fixtures.ReportFixtures;

class AgencyNameRuleTest {

    @Test
    void acceptsTheSameNameEverywhere() {
        assertTrue(findings(ReportFixtures.v30(), "C6").isEmpty());
    }

    @Test
    void acceptsGovernmentReportWhoseContactIsTheGovernmentOffice() {
        assertTrue(findings(ReportFixtures.v30().agency("樟树市", "樟树市人民政府办公室", null), "C6").isEmpty());
    }

    @Test
    void acceptsShortAndLongFormOfAManagementCommittee() {
        assertTrue(findings(ReportFixtures.v30().agency("宜春经济技术开发区", "宜春经济技术开发区管委会办公室",
                "宜春经济技术开发区管理委员会"), "C6").isEmpty());
    }

    @Test
    void warnsWhenTheSignatureNamesAnotherAgency() {
        List<Finding> found = findings(ReportFixtures.v30()
                .agency("示例市交通运输局", "示例市交通运输局", "示例市公路管理局"), "C6");

        assertEquals(1, found.size());
        assertEquals(Severity.WARN, found.get(0).severity());
        assertTrue(found.get(0).messageZh().contains("示例市公路管理局"));
    }

    @Test
    void warnsOnceForAMisspeltTitleWhenContactAndSignatureAgree() {
        List<Finding> found = findings(ReportFixtures.v30()
                .agency("示例市交通运输管局", "示例市交通运输局", "示例市交通运输局"), "C6");

        assertEquals(1, found.size());
        assertTrue(found.get(0).messageZh().contains("示例市交通运输管局"));
    }
}
