package org.reportintake.validator.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.reportintake.model.event.Finding;
import org.reportintake.model.event.Severity;
import org.reportintake.model.event.Verdict;
import org.reportintake.model.report.ApplicantColumn;
import org.reportintake.model.report.ApplicationRow;
import org.reportintake.model.report.CaseGroup;
import org.reportintake.model.report.CellOrigin;
import org.reportintake.model.report.ClaimKind;
import org.reportintake.model.report.DisclosureColumn;
import org.reportintake.model.report.DisclosureRow;
import org.reportintake.model.report.ReadingIssue;
import org.reportintake.model.report.ReadingIssueKind;
import org.reportintake.model.report.SectionKind;
import org.reportintake.model.report.TemplateVersion;
import org.reportintake.validator.rules.fixtures.ReportBuilder;
import org.reportintake.validator.rules.fixtures.ReportFixtures;
import org.reportintake.validator.rules.fixtures.Validation;

/**
 * False REJECTs are the worst bug: many randomly generated but internally consistent reports (tables that add up,
 * some zero cells left blank, text that quotes the tables) must all be accepted. The seed is fixed, so a failure
 * is reproducible.
 */
class SoundReportsAreNeverRejectedTest {

    private static final int REPORTS = 300;

    @Test
    void acceptsEveryConsistentReportWithoutAnyRejectFinding() {
        Random random = new Random(20240131L);
        int blankTotals = 0;
        for (int i = 0; i < REPORTS; i++) {
            boolean v60 = random.nextInt(4) == 0;
            ReportBuilder report = v60 ? ReportFixtures.v60() : ReportFixtures.v30();
            fillApplications(report, v60 ? TemplateVersion.V60 : TemplateVersion.V30, random);
            fillCases(report, random);
            if (!v60) {
                report.disclosure(DisclosureRow.NORMATIVE_DOCUMENTS, DisclosureColumn.IN_FORCE,
                                Integer.toString(random.nextInt(300)))
                        .disclosure(DisclosureRow.FEES, DisclosureColumn.FEE_AMOUNT,
                                random.nextInt(100000) + "." + random.nextInt(10000));
            }

            ValidationResult result = Validation.validate(report);

            List<Finding> rejects = result.findings().stream().filter(f -> f.severity() == Severity.REJECT).toList();
            assertEquals(List.of(), rejects, "report " + i + ":\n" + Validation.describe(result.findings()));
            assertEquals(Verdict.ACCEPTED, result.verdict());
            assertEquals(List.of(), Validation.findings(result, "X3"), "report " + i + ": a rule failed");
            blankTotals += Validation.findings(result, "A3").size();
        }
        // The generator must really have produced blank totals, or the loop proved nothing about them.
        assertTrue(blankTotals > REPORTS, "computed totals: " + blankTotals);
    }

    @Test
    void neverRejectsAConsistentReportWhateverThePartsWeCouldNotRead() {
        Random random = new Random(20250331L);
        for (int i = 0; i < REPORTS; i++) {
            ReportBuilder report = ReportFixtures.v30();
            fillApplications(report, TemplateVersion.V30, random);
            fillCases(report, random);
            // A misread cell: its value is off, and the parser said it could not read it with confidence.
            ApplicationRow row = List.copyOf(ApplicationRow.rowsOf(TemplateVersion.V30)).get(random.nextInt(25));
            ApplicantColumn column = ApplicantColumn.values()[random.nextInt(7)];
            report.applicationWithOrigin(row, column, random.nextInt(50), CellOrigin.UNCERTAIN)
                    .readingIssue(new ReadingIssue(ReadingIssueKind.UNCERTAIN_CELL, "三", row.label(),
                            column.label(), null, List.of(), null, null));

            ValidationResult result = Validation.validate(report);

            assertEquals(Verdict.NEEDS_REVIEW, result.verdict(), "report " + i + ":\n"
                    + Validation.describe(result.findings()));
        }
    }

    /** Outcomes per applicant column, then totals derived so that A1, A2 and A3 hold. */
    private static void fillApplications(ReportBuilder report, TemplateVersion version, Random random) {
        List<ApplicationRow> outcomes = ApplicationRow.rowsOf(version).stream()
                .filter(row -> row.group() == ApplicationRow.Group.OUTCOME).toList();
        List<ApplicantColumn> applicants = new ArrayList<>(List.of(ApplicantColumn.values()));
        applicants.remove(ApplicantColumn.TOTAL);
        long newTotal = 0;
        long carriedTotal = 0;
        long[] rowTotals = new long[ApplicationRow.values().length];
        for (ApplicantColumn column : applicants) {
            long handled = 0;
            for (ApplicationRow row : outcomes) {
                long value = random.nextInt(5) == 0 ? random.nextInt(6) : 0;
                handled += value;
                set(report, row, column, value, random);
                rowTotals[row.ordinal()] += value;
            }
            long carriedForward = random.nextInt(3) == 0 ? random.nextInt(4) : 0;
            long carriedOver = random.nextInt((int) Math.min(handled + carriedForward, 5) + 1);
            long received = handled + carriedForward - carriedOver;
            set(report, ApplicationRow.TOTAL, column, handled, random);
            set(report, ApplicationRow.CARRIED_TO_NEXT_YEAR, column, carriedForward, random);
            set(report, ApplicationRow.CARRIED_FROM_PREVIOUS_YEAR, column, carriedOver, random);
            set(report, ApplicationRow.NEW_RECEIVED, column, received, random);
            rowTotals[ApplicationRow.TOTAL.ordinal()] += handled;
            rowTotals[ApplicationRow.CARRIED_TO_NEXT_YEAR.ordinal()] += carriedForward;
            rowTotals[ApplicationRow.CARRIED_FROM_PREVIOUS_YEAR.ordinal()] += carriedOver;
            rowTotals[ApplicationRow.NEW_RECEIVED.ordinal()] += received;
            newTotal += received;
            carriedTotal += carriedOver;
        }
        for (ApplicationRow row : ApplicationRow.rowsOf(version)) {
            set(report, row, ApplicantColumn.TOTAL, rowTotals[row.ordinal()], random);
        }
        long quoted = random.nextBoolean() ? newTotal : newTotal + carriedTotal;
        report.withoutClaims().claim(ClaimKind.APPLICATIONS_RECEIVED, quoted, SectionKind.GENERAL,
                "本年度共收到政府信息公开申请" + quoted + "件。");
    }

    private static void fillCases(ReportBuilder report, Random random) {
        for (CaseGroup group : CaseGroup.values()) {
            int upheld = random.nextInt(3);
            int corrected = random.nextInt(2);
            int other = random.nextInt(2);
            int pending = random.nextInt(2);
            report.cases(group, upheld, corrected, other, pending, upheld + corrected + other + pending);
        }
    }

    /**
     * A zero is sometimes left blank, as real reports do (N2 warns, nothing rejects); so is a 总计, which is then
     * computed (A3 warns).
     */
    private static void set(ReportBuilder report, ApplicationRow row, ApplicantColumn column, long value, Random random) {
        boolean blankTotal = column == ApplicantColumn.TOTAL && random.nextInt(3) == 0;
        if ((value == 0 && random.nextInt(10) == 0) || blankTotal) {
            report.blankApplication(row, column);
        } else {
            report.application(row, column, value);
        }
    }
}
