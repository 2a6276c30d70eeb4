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

class V60PublishedDocumentsRuleTest {

    @Test
    void acceptsNewlyPublishedWithinTheTotal() {
        assertTrue(findings(ReportFixtures.v60(), "A5").isEmpty());
    }

    @Test
    void warnsWhenMoreDocumentsWereNewlyPublishedThanArePublishedInTotal() {
        List<Finding> found = findings(ReportFixtures.v60()
                .disclosure(DisclosureRow.NORMATIVE_DOCUMENTS, DisclosureColumn.NEWLY_PUBLISHED, "31"), "A5");

        assertEquals(1, found.size());
        assertEquals(Severity.WARN, found.get(0).severity());
        assertEquals("行政规范性文件", found.get(0).location().rowLabel());
    }

    @Test
    void doesNotApplyToV30Reports() {
        assertTrue(findings(ReportFixtures.v30(), "A5").isEmpty());
    }
}
