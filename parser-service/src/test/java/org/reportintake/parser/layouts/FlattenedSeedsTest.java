package org.reportintake.parser.layouts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.reportintake.model.report.AnnualReport;
import org.reportintake.model.report.ApplicationRow;
import org.reportintake.model.report.ApplicationTable.ApplicationCell;
import org.reportintake.model.report.CaseGroup;
import org.reportintake.model.report.CaseOutcome;
import org.reportintake.model.report.CaseTable.CaseCell;
import org.reportintake.model.report.Cell;
import org.reportintake.model.report.CellKind;
import org.reportintake.model.report.CellOrigin;
import org.reportintake.model.report.DisclosureColumn;
import org.reportintake.model.report.DisclosureRow;
import org.reportintake.model.report.ReadingIssue;
import org.reportintake.model.report.ReadingIssueKind;
import org.reportintake.parser.ParseOutcome;
import org.reportintake.parser.ParserLimits;
import org.reportintake.parser.ReportParser;

/**
 * The five seeds with their tables flattened (see {@link Flattener}) read back to the same table 三 and 四 values
 * as the seeds themselves, every value RECOVERED; rows that had blank cells (which vanish when flattened) cannot
 * be recovered and say so.
 */
class FlattenedSeedsTest {

    static final List<String> SEEDS = List.of("000_c82a2c402dd56cf8", "001_10344cc63f2c5b68", "002_caa70d9250cb3ad4",
            "003_d26b553f0e382d29", "004_09d7efa84834ab25");

    private static final ReportParser PARSER = new ReportParser(ParserLimits.defaults());

    static Stream<Arguments> seedsAndSpacings() {
        return SEEDS.stream().flatMap(id -> Stream.of(Flattener.Spacing.values()).map(s -> Arguments.of(id, s)));
    }

    static AnnualReport parse(String text, String name) {
        ParseOutcome outcome = PARSER.parse(text.getBytes(StandardCharsets.UTF_8), name + ".txt");
        assertTrue(outcome.succeeded(), () -> name + ": " + outcome.failure());
        return outcome.report();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("seedsAndSpacings")
    void recoversTheSeedsApplicationAndCaseTablesFromFlattenedText(String id, Flattener.Spacing spacing) {
        AnnualReport original = parse(Flattener.seed(id), id);
        String flattenedText = Flattener.flatten(Flattener.seed(id), spacing);
        AnnualReport flattened = parse(flattenedText, id + "-flat");

        assertTrue(original.readingIssues().isEmpty(), () -> "the real tables are read as before: " + original.readingIssues());
        assertNotNull(flattened.applications(), () -> "table 三 recovered from\n" + flattenedText);
        for (ApplicationCell expected : original.applications().cells()) {
            assertEquals(CellOrigin.READ, expected.cell().origin());
            Cell actual = flattened.applications().cell(expected.row(), expected.column()).orElseThrow(
                    () -> new AssertionError(id + " " + expected.row() + " " + expected.column() + " missing"));
            if (rowHasBlank(original, expected.row())) {
                // The blank cells vanished: no split of the shorter run satisfies 总计 = Σ, so nothing is guessed.
                assertEquals(CellOrigin.UNCERTAIN, actual.origin(), () -> id + " " + expected.row());
                assertNull(actual.value());
                assertTrue(hasIssue(flattened, ReadingIssueKind.FLATTENED_UNSOLVED, "三", expected.row().label()),
                        () -> id + " " + summary(flattened));
            } else {
                assertEquals(CellOrigin.RECOVERED, actual.origin(), () -> id + " " + expected.row() + " "
                        + expected.column() + " " + summary(flattened));
                assertEquals(expected.cell().valueOrZero(), actual.value(),
                        () -> id + " " + expected.row() + " " + expected.column());
                assertEquals(CellKind.INTEGER, actual.kind());
            }
        }
        assertEquals(original.applications().rows(), flattened.applications().rows());

        assertNotNull(flattened.cases(), () -> "table 四 recovered from\n" + flattenedText);
        assertEquals(15, flattened.cases().cells().size());
        boolean seed001Ambiguous = id.startsWith("001") && spacing != Flattener.Spacing.SPACED;
        for (CaseCell expected : original.cases().cells()) {
            Cell actual = flattened.cases().cell(expected.group(), expected.outcome()).orElseThrow();
            if (seed001Ambiguous && expected.group() == CaseGroup.ADMINISTRATIVE_REVIEW
                    && expected.outcome() != CaseOutcome.PENDING && expected.outcome() != CaseOutcome.TOTAL) {
                assertEquals(CellOrigin.UNCERTAIN, actual.origin(), () -> id + " " + expected.outcome());
                continue;
            }
            assertEquals(CellOrigin.RECOVERED, actual.origin(), () -> id + " " + expected.group() + " "
                    + expected.outcome() + " " + summary(flattened));
            assertEquals(expected.cell().valueOrZero(), actual.value(), () -> id + " " + expected.group() + " "
                    + expected.outcome());
        }
        if (seed001Ambiguous) {
            // 1,0,10,1,12 (as written) and 10,1,0,1,12 both satisfy A4 and the text's "行政复议1件" matches neither.
            ReadingIssue issue = flattened.readingIssues().stream()
                    .filter(i -> i.kind() == ReadingIssueKind.FLATTENED_AMBIGUOUS && "四".equals(i.table()))
                    .findFirst().orElseThrow(() -> new AssertionError(summary(flattened)));
            assertEquals(List.of("1,0,10,1,12/0,0,0,0,0/0,0,0,0,0", "10,1,0,1,12/0,0,0,0,0/0,0,0,0,0"),
                    issue.candidates());
        }
        assertEquals(original.metadata().templateVersion(), flattened.metadata().templateVersion());
        for (ReadingIssue issue : flattened.readingIssues()) {
            assertTrue(!"三".equals(issue.table()) || rowHasBlankLabel(original, issue.rowLabel()),
                    () -> id + " unexpected issue " + issue);
            assertTrue(!"四".equals(issue.table()) || seed001Ambiguous, () -> id + " unexpected issue " + issue);
        }
    }

    @Test
    void recoversAFlattenedSeedCopiedFromASitePageOneParagraphPerLine() {
        String id = "002_caa70d9250cb3ad4";
        StringBuilder html = new StringBuilder("<html><head><meta charset=\"utf-8\"></head><body><div>");
        for (String line : Flattener.flatten(Flattener.seed(id), Flattener.Spacing.NONE).split("\n")) {
            html.append("<p>").append(line.replace("&", "&amp;").replace("<", "&lt;")).append("</p>");
        }
        html.append("</div></body></html>");
        ParseOutcome outcome = PARSER.parse(html.toString().getBytes(StandardCharsets.UTF_8), id + "-flat.html");
        assertTrue(outcome.succeeded(), () -> String.valueOf(outcome.failure()));
        AnnualReport original = parse(Flattener.seed(id), id);

        for (ApplicationCell expected : original.applications().cells()) {
            Cell actual = outcome.report().applications().cell(expected.row(), expected.column()).orElseThrow();
            assertEquals(CellOrigin.RECOVERED, actual.origin());
            assertEquals(expected.cell().valueOrZero(), actual.value());
        }
        assertTrue(outcome.report().cases().cells().stream().allMatch(c -> c.cell().origin() == CellOrigin.RECOVERED));
    }

    @Test
    void takesTheNormativeDocumentsSplitTheNarrativeConfirmsAndLeavesTheOthersUncertain() {
        // 004 writes 2 | 6 | 27 and its text says 制发2件, 废止6件 (and 现行有效26件): only 2,6,27 matches two claims.
        assertEquals(List.of(2L, 6L, 27L), normativeDocuments(flattened("004_09d7efa84834ab25"), CellOrigin.RECOVERED));
        // 003 writes 7 | 11 | 18; its text says 制定出台行政规范性文件7件 and 废止11件: only 7,11,18 matches both.
        assertEquals(List.of(7L, 11L, 18L), normativeDocuments(flattened("003_d26b553f0e382d29"), CellOrigin.RECOVERED));

        // 000 (18 | 27 | 54, "清理为27件" is no 废止 claim) and 002 (5 | 65 | 60) state nothing that decides.
        for (String id : List.of("000_c82a2c402dd56cf8", "002_caa70d9250cb3ad4")) {
            AnnualReport report = flattened(id);
            for (DisclosureColumn column : List.of(DisclosureColumn.ISSUED, DisclosureColumn.IN_FORCE)) {
                Cell cell = report.disclosures().cell(DisclosureRow.NORMATIVE_DOCUMENTS, column).orElseThrow();
                assertEquals(CellOrigin.UNCERTAIN, cell.origin(), () -> id + " " + column);
                assertNull(cell.value());
            }
            ReadingIssue issue = report.readingIssues().stream()
                    .filter(i -> i.kind() == ReadingIssueKind.UNCERTAIN_CELL && "二".equals(i.table())).findFirst()
                    .orElseThrow(() -> new AssertionError(summary(report)));
            assertTrue(issue.candidates().contains(id.startsWith("000") ? "18,27,54" : "5,65,60"), issue::toString);
            assertTrue(issue.candidates().size() > 1);
            assertEquals(BigDecimal.ZERO, report.disclosures().cell(DisclosureRow.REGULATIONS, DisclosureColumn.ISSUED)
                    .orElseThrow().value(), "规章 000 has one split only");
        }
        assertEquals(new BigDecimal("378.42"), flattened("003_d26b553f0e382d29").disclosures()
                .cell(DisclosureRow.FEES, DisclosureColumn.FEE_AMOUNT).orElseThrow().value());
    }

    private static AnnualReport flattened(String id) {
        return parse(Flattener.flatten(Flattener.seed(id), Flattener.Spacing.NONE), id + "-flat");
    }

    private static List<Long> normativeDocuments(AnnualReport report, CellOrigin origin) {
        List<Long> values = new ArrayList<>();
        for (DisclosureColumn column : List.of(DisclosureColumn.ISSUED, DisclosureColumn.REPEALED,
                DisclosureColumn.IN_FORCE)) {
            Cell cell = report.disclosures().cell(DisclosureRow.NORMATIVE_DOCUMENTS, column).orElseThrow();
            assertEquals(origin, cell.origin(), () -> column + " " + summary(report));
            values.add(cell.value().longValueExact());
        }
        return values;
    }

    static String summary(AnnualReport report) {
        StringBuilder sb = new StringBuilder();
        for (ReadingIssue i : report.readingIssues()) {
            sb.append(i.kind()).append(' ').append(i.table()).append(' ').append(i.rowLabel()).append(' ')
                    .append(i.columnLabel()).append(" raw=").append(i.raw()).append(' ').append(i.candidates())
                    .append('\n');
        }
        return sb.toString();
    }

    static boolean rowHasBlank(AnnualReport report, ApplicationRow row) {
        return report.applications().cells().stream()
                .anyMatch(c -> c.row() == row && c.cell().kind() != CellKind.INTEGER);
    }

    private static boolean rowHasBlankLabel(AnnualReport report, String label) {
        return report.applications().rows().stream().anyMatch(r -> r.label().equals(label) && rowHasBlank(report, r));
    }

    static boolean hasIssue(AnnualReport report, ReadingIssueKind kind, String table, String row) {
        return report.readingIssues().stream()
                .anyMatch(i -> i.kind() == kind && table.equals(i.table()) && (row == null || row.equals(i.rowLabel())));
    }
}
