package org.reportintake.validator.rules.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reportintake.validator.rules.fixtures.Validation.findings;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.reportintake.model.event.Finding;
import org.reportintake.model.event.Severity;
import org.reportintake.model.event.Verdict;
import org.reportintake.model.report.FormatNotice;
import org.reportintake.model.report.TemplateVersion;
import org.reportintake.validator.rules.ValidationResult;
import org.reportintake.validator.rules.fixtures.ReportFixtures;
import org.reportintake.validator.rules.fixtures.Validation;

class VersionMatchesYearRuleTest {

    @Test
    void acceptsV30TablesFrom2021() {
        assertTrue(findings(ReportFixtures.v30().year(2021), "S2").isEmpty());
        assertTrue(findings(ReportFixtures.v30().year(2025), "S2").isEmpty());
    }

    @Test
    void acceptsV60TablesFor2019And2020() {
        assertTrue(findings(ReportFixtures.v60().year(2019), "S2").isEmpty());
        assertTrue(findings(ReportFixtures.v60().year(2020), "S2").isEmpty());
    }

    @Test
    void rejectsV60TablesInA2021Report() {
        ValidationResult result = Validation.validate(ReportFixtures.v60().year(2021));

        List<Finding> found = Validation.findings(result, "S2");
        assertEquals(1, found.size());
        assertEquals(Severity.REJECT, found.get(0).severity());
        assertTrue(found.get(0).messageZh().contains("未使用新格式"), found.get(0).messageZh());
        assertEquals(Verdict.REJECTED, result.verdict());
    }

    @Test
    void rejectsPre2019StatisticsTableInA2019Report() {
        List<Finding> found = findings(ReportFixtures.v30().year(2019).version(TemplateVersion.LEGACY), "S2");

        assertEquals(Severity.REJECT, found.get(0).severity());
    }

    @Test
    void onlyWarnsWhenTheV30TablesComeWithAnOldCitation() {
        ValidationResult result = Validation.validate(ReportFixtures.v30().notice(FormatNotice.GUOBAN_2019_60));

        List<Finding> found = Validation.findings(result, "S2");
        assertEquals(1, found.size());
        assertEquals(Severity.WARN, found.get(0).severity());
        assertEquals(Verdict.ACCEPTED, result.verdict());
    }

    @Test
    void warnsWhenV60TablesCiteTheNewNotice() {
        List<Finding> found = findings(ReportFixtures.v60().notice(FormatNotice.GUOBAN_2021_30), "S2");

        assertEquals(Severity.WARN, found.get(0).severity());
    }

    @Test
    void warnsWhenA2020ReportAlreadyUsesTheV30Tables() {
        List<Finding> found = findings(ReportFixtures.v30().year(2020), "S2");

        assertEquals(1, found.size());
        assertEquals(Severity.WARN, found.get(0).severity());
    }

    @Test
    void isSilentWithoutAYear() {
        assertTrue(findings(ReportFixtures.v60().year(null), "S2").isEmpty());
    }
}
