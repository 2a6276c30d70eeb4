package org.reportintake.validator.rules.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reportintake.validator.rules.fixtures.Validation.findings;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.reportintake.model.event.Finding;
import org.reportintake.model.event.Severity;
import org.reportintake.model.report.DisclosureColumn;
import org.reportintake.model.report.DisclosureRow;
import org.reportintake.validator.rules.fixtures.Cells;
import org.reportintake.validator.rules.fixtures.ReportFixtures;

class DisclosureTableShapeRuleTest {

    @Test
    void acceptsTheRowsOfEachFormat() {
        assertTrue(findings(ReportFixtures.v30(), "S6").isEmpty());
        assertTrue(findings(ReportFixtures.v60(), "S6").isEmpty());
    }

    @Test
    void rejectsTableWithoutTheCoercionRow() {
        List<Finding> found = findings(ReportFixtures.v30().withoutDisclosureRow(DisclosureRow.COERCION), "S6");

        assertEquals(1, found.size());
        assertEquals(Severity.REJECT, found.get(0).severity());
        assertEquals("行政强制", found.get(0).location().rowLabel());
    }

    @Test
    void rejectsV60TableWithoutTheProcurementRow() {
        List<Finding> found = findings(ReportFixtures.v60().withoutDisclosureRow(DisclosureRow.PROCUREMENT), "S6");

        assertEquals(Severity.REJECT, found.get(0).severity());
    }

    @Test
    void warnsForTheOldLabelOfNormativeDocumentsInAV30Table() {
        List<Finding> found = findings(ReportFixtures.v30().disclosureCell(DisclosureRow.NORMATIVE_DOCUMENTS,
                DisclosureColumn.ISSUED, "规范性文件", Cells.number("二", "规范性文件", "本年制发件数", "3")), "S6");

        assertEquals(1, found.size());
        assertEquals(Severity.WARN, found.get(0).severity());
        assertTrue(found.get(0).messageZh().contains("行政规范性文件"));
    }

    @Test
    void acceptsTheLabelOfNormativeDocumentsInAV60Table() {
        assertTrue(findings(ReportFixtures.v60().disclosureCell(DisclosureRow.NORMATIVE_DOCUMENTS,
                DisclosureColumn.NEWLY_MADE, "规范性文件", Cells.number("二", "规范性文件", "本年新制作数量", "2")),
                "S6").isEmpty());
    }

    @Test
    void warnsForAMissingCellOfAPresentRow() {
        List<Finding> found = findings(ReportFixtures.v30()
                .withoutDisclosureCell(DisclosureRow.NORMATIVE_DOCUMENTS, DisclosureColumn.REPEALED), "S6");

        assertEquals(1, found.size());
        assertEquals(Severity.WARN, found.get(0).severity());
    }

    @Test
    void warnsForAV60OnlyRowInAV30Table() {
        List<Finding> found = findings(ReportFixtures.v30()
                .disclosure(DisclosureRow.PROCUREMENT, DisclosureColumn.PROCUREMENT_ITEMS, "3"), "S6");

        assertEquals(1, found.size());
        assertEquals(Severity.WARN, found.get(0).severity());
    }
}
