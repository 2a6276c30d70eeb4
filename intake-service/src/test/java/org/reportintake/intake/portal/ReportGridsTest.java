package org.reportintake.intake.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.reportintake.intake.api.FindingView;
import org.reportintake.model.report.ApplicantColumn;
import org.reportintake.model.report.ApplicationRow;
import org.reportintake.model.report.CaseGroup;
import org.reportintake.model.report.CaseOutcome;

class ReportGridsTest {

    @Test
    void findingWithRowAndColumnHighlightsOneCellAndCarriesItsCallout() {
        FindingView f = finding("A2", "三", ApplicationRow.TOTAL.label(), ApplicantColumn.TOTAL.label());

        ReportGrids.Layout layout = ReportGrids.of(List.of(f));

        List<ReportGrids.Cell> flagged = cells(layout, "三").filter(ReportGrids.Cell::isHighlighted).toList();
        assertEquals(1, flagged.size());
        assertEquals(ApplicationRow.TOTAL.label(), flagged.get(0).getRowLabel());
        assertEquals(List.of(f), flagged.get(0).getFindings());
        assertTrue(layout.unplaced().isEmpty());
    }

    @Test
    void findingWithColumnOnlyHighlightsTheWholeColumnWithOneCallout() {
        FindingView f = finding("A1", "三", null, ApplicantColumn.NATURAL_PERSON.label());

        ReportGrids.Layout layout = ReportGrids.of(List.of(f));

        List<ReportGrids.Cell> flagged = cells(layout, "三").filter(ReportGrids.Cell::isHighlighted).toList();
        assertEquals(25, flagged.size(), "every row of the 30号 table 三");
        assertTrue(flagged.stream().allMatch(c -> c.getColumnLabel().equals("自然人")));
        assertEquals(1, flagged.stream().mapToInt(c -> c.getFindings().size()).sum());
    }

    @Test
    void tableFourCellIsFoundByGroupAndOutcomeEitherWay() {
        FindingView byRow = finding("C1", "四", CaseGroup.LITIGATION_AFTER_REVIEW.label(), CaseOutcome.PENDING.label());
        FindingView byColumn = finding("C2", "表四", null,
                CaseGroup.LITIGATION_WITHOUT_REVIEW.label() + " " + CaseOutcome.UPHELD.label());

        ReportGrids.Layout layout = ReportGrids.of(List.of(byRow, byColumn));

        List<ReportGrids.Cell> flagged = cells(layout, "四").filter(ReportGrids.Cell::isHighlighted).toList();
        assertEquals(2, flagged.size());
        assertEquals("行政诉讼 复议后起诉 尚未审结", flagged.stream().filter(c -> !c.getFindings().isEmpty()
                && c.getFindings().get(0).ruleId().equals("C1")).findFirst().orElseThrow().getColumnLabel());
        assertTrue(layout.unplaced().isEmpty());
    }

    @Test
    void findingWithoutCellOrWithUnknownLabelIsListedApart() {
        FindingView section = finding("S1", null, null, null);
        FindingView unknown = finding("Z9", "三", "不存在的行", null);

        ReportGrids.Layout layout = ReportGrids.of(List.of(section, unknown));

        assertEquals(List.of(section, unknown), layout.unplaced());
        assertFalse(layout.grids().stream().flatMap(g -> cells(layout, g.table())).anyMatch(ReportGrids.Cell::isHighlighted));
    }

    @Test
    void reviewFindingMarksItsCellForReviewAndAnErrorInTheSameCellStillFlagsIt() {
        String row = ApplicationRow.NEW_RECEIVED.label();
        FindingView review = withSeverity(finding("P9", "三", row, ApplicantColumn.NATURAL_PERSON.label()), "REVIEW");
        FindingView reject = finding("A1", "三", row, ApplicantColumn.COMMERCIAL_ENTERPRISE.label());
        FindingView reviewToo = withSeverity(finding("P8", "三", row, ApplicantColumn.COMMERCIAL_ENTERPRISE.label()), "REVIEW");

        ReportGrids.Layout layout = ReportGrids.of(List.of(review, reject, reviewToo));

        List<ReportGrids.Cell> underReview = cells(layout, "三").filter(ReportGrids.Cell::isUnderReview).toList();
        assertEquals(1, underReview.size());
        assertEquals(ApplicantColumn.NATURAL_PERSON.label(), underReview.get(0).getColumnLabel());
        assertFalse(underReview.get(0).isHighlighted(), "nothing in it is known to be wrong");
        List<ReportGrids.Cell> flagged = cells(layout, "三").filter(ReportGrids.Cell::isHighlighted).toList();
        assertEquals(List.of(ApplicantColumn.COMMERCIAL_ENTERPRISE.label()),
                flagged.stream().map(ReportGrids.Cell::getColumnLabel).toList());
        assertEquals(List.of("review", "flagged"), Stream.concat(underReview.stream(), flagged.stream())
                .map(ReportGrids.Cell::getMark).toList());
    }

    @Test
    void warningAloneMarksItsCellAsWarnedNotFlagged() {
        FindingView warn = withSeverity(finding("B3", "三", ApplicationRow.NEW_RECEIVED.label(),
                ApplicantColumn.NATURAL_PERSON.label()), "WARN");

        ReportGrids.Layout layout = ReportGrids.of(List.of(warn));

        assertEquals(List.of("warned"), cells(layout, "三").map(ReportGrids.Cell::getMark).filter(m -> !m.isEmpty()).toList());
    }

    private static FindingView withSeverity(FindingView f, String severity) {
        return new FindingView(f.ruleId(), severity, f.messageZh(), f.messageEn(), f.location(), f.reported(), f.computed(),
                f.difference(), f.hintZh(), f.hintEn());
    }

    private static Stream<ReportGrids.Cell> cells(ReportGrids.Layout layout, String table) {
        return layout.grids().stream().filter(g -> g.table().equals(table)).flatMap(g -> g.blocks().stream())
                .flatMap(b -> b.rows().stream()).flatMap(r -> r.cells().stream());
    }

    private static FindingView finding(String rule, String table, String row, String column) {
        return new FindingView(rule, "REJECT", "消息", "message", new FindingView.Location(null, table, row, column), null, null,
                null, "提示", "hint");
    }
}
