package org.reportintake.validator.rules.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reportintake.validator.rules.fixtures.Validation.findings;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.reportintake.model.event.Finding;
import org.reportintake.model.event.Severity;
import org.reportintake.model.event.Verdict;
import org.reportintake.model.report.ApplicantColumn;
import org.reportintake.model.report.ApplicationRow;
import org.reportintake.model.report.DisclosureColumn;
import org.reportintake.model.report.DisclosureRow;
import org.reportintake.validator.rules.fixtures.Cells;
import org.reportintake.validator.rules.fixtures.ReportBuilder;
import org.reportintake.validator.rules.fixtures.ReportFixtures;
import org.reportintake.validator.rules.fixtures.Validation;

class BlankCellRuleTest {

    @Test
    void acceptsTablesWithoutBlanks() {
        assertTrue(findings(ReportFixtures.v30(), "N2").isEmpty());
    }

    @Test
    void warnsForBlankCellAndReadsItAsZero() {
        ReportBuilder report = ReportFixtures.v30()
                .blankApplication(ApplicationRow.WITHHELD_STATE_SECRET, ApplicantColumn.LEGAL_SERVICE_INSTITUTION);

        List<Finding> found = findings(report, "N2");
        assertEquals(1, found.size());
        assertEquals(Severity.WARN, found.get(0).severity());
        assertEquals(0, found.get(0).computed().compareTo(BigDecimal.ZERO));
        assertEquals("法律服务机构", found.get(0).location().columnLabel());
        assertEquals(Verdict.ACCEPTED, Validation.validate(report).verdict());
    }

    @Test
    void warnsForPlaceholderNamingWhatWasWritten() {
        List<Finding> found = findings(ReportFixtures.v30().disclosureCell(DisclosureRow.PENALTY,
                DisclosureColumn.DECISIONS, "行政处罚", Cells.placeholder("二", "行政处罚", "本年处理决定数量", "—")), "N2");

        assertEquals(1, found.size());
        assertTrue(found.get(0).messageZh().contains("“—”"), found.get(0).messageZh());
    }
}
