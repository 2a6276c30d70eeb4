package org.reportintake.validator.rules.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.reportintake.model.event.Finding;
import org.reportintake.model.event.FindingLocation;
import org.reportintake.model.event.Severity;
import org.reportintake.model.report.AnnualReport;
import org.reportintake.model.report.ApplicantColumn;
import org.reportintake.model.report.ApplicationRow;
import org.reportintake.model.report.CaseGroup;
import org.reportintake.model.report.CaseOutcome;
import org.reportintake.model.report.ClaimKind;
import org.reportintake.model.report.DisclosureColumn;
import org.reportintake.model.report.DisclosureRow;
import org.reportintake.model.report.NarrativeClaim;
import org.reportintake.model.report.TemplateVersion;
import org.reportintake.validator.rules.CheckedReport;
import org.reportintake.validator.rules.ReportRule;
import org.reportintake.validator.rules.RuleCategory;
import org.reportintake.validator.rules.RuleSpec;
import org.reportintake.validator.rules.support.CellValues;
import org.reportintake.validator.rules.support.Locations;

/**
 * T1: numbers stated in the text agree with the tables. "收到 X 件" may count 新收 + 上年结转 (noted as INFO),
 * and "办理/办结 X 件" may count everything on hand; any other difference is WARN.
 */
public final class TextTableConsistencyRule implements ReportRule {

    private static final RuleSpec SPEC = RuleSpec.builder("T1", RuleCategory.TEXT)
            .versions(TemplateVersion.V30, TemplateVersion.V60)
            .title("正文数字与表格一致", "Numbers in the text agree with the tables")
            .hint("核对正文中的申请数、复议诉讼数、规范性文件数等与表格数字是否一致，以表格为准修改正文或表格。",
                    "Make the numbers in the text (applications, reviews, lawsuits, normative documents) agree with "
                            + "the tables; correct whichever is wrong.")
            .message("mismatch", Severity.WARN, "正文“{sentence}”中{what}为 {text}，表{table}“{where}”为 {tableValue}。",
                    "The text “{sentence}” gives {whatEn} as {text}; table {table} “{where}” has {tableValue}.")
            .message("includesCarriedOver", Severity.INFO,
                    "正文“{sentence}”中{what} {text} 为本年新收 {newReceived} 与上年结转 {carriedOver} 之和。",
                    "The text “{sentence}” counts {whatEn} {text} as new {newReceived} plus carried over "
                            + "{carriedOver}.")
            .build();

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public List<Finding> check(CheckedReport checked) {
        AnnualReport report = checked.report();
        if (report.claims() == null) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (NarrativeClaim claim : report.claims()) {
            if (claim == null || claim.kind() == null || claim.value() == null
                    || !seen.add(claim.kind() + "|" + claim.value().stripTrailingZeros() + "|" + claim.sentence())) {
                continue;
            }
            compare(claim, report, checked.version()).ifPresent(findings::add);
        }
        return findings;
    }

    private static Optional<Finding> compare(NarrativeClaim claim, AnnualReport report, TemplateVersion version) {
        Optional<Target> target = Target.of(claim.kind(), report, version);
        if (target.isEmpty() || target.get().value().isEmpty()) {
            return Optional.empty();
        }
        BigDecimal tableValue = target.get().value().get();
        BigDecimal text = claim.value();
        if (text.compareTo(tableValue) == 0) {
            return Optional.empty();
        }
        if (countsWhatIsOnHand(claim.kind())) {
            Optional<BigDecimal> received = applicationsTotal(report, ApplicationRow.NEW_RECEIVED);
            Optional<BigDecimal> carried = applicationsTotal(report, ApplicationRow.CARRIED_FROM_PREVIOUS_YEAR);
            if (received.isPresent() && carried.isPresent() && carried.get().signum() > 0
                    && text.compareTo(received.get().add(carried.get())) == 0) {
                return Optional.of(SPEC.finding("includesCarriedOver").with("sentence", sentence(claim))
                        .with("what", target.get().whatZh()).with("whatEn", target.get().whatEn())
                        .with("text", text).with("newReceived", received.get()).with("carriedOver", carried.get())
                        .at(location(claim, target.get())).values(text, received.get().add(carried.get())).build());
            }
        }
        return Optional.of(SPEC.finding("mismatch").with("sentence", sentence(claim))
                .with("what", target.get().whatZh()).with("whatEn", target.get().whatEn())
                .with("text", text).with("table", target.get().location().table())
                .with("where", where(target.get().location())).with("tableValue", tableValue)
                .at(location(claim, target.get())).values(text, tableValue).build());
    }

    /** "收到 X 件" and "办理 X 件" may count the applications carried over from last year as well. */
    private static boolean countsWhatIsOnHand(ClaimKind kind) {
        return kind == ClaimKind.APPLICATIONS_RECEIVED || kind == ClaimKind.APPLICATIONS_HANDLED;
    }

    private static FindingLocation location(NarrativeClaim claim, Target target) {
        FindingLocation table = target.location();
        String section = claim.section() == null ? table.section() : claim.section().canonicalHeading();
        return new FindingLocation(section, table.table(), table.rowLabel(), table.columnLabel());
    }

    private static String where(FindingLocation location) {
        return location.columnLabel() == null ? location.rowLabel()
                : location.rowLabel() + " / " + location.columnLabel();
    }

    private static String sentence(NarrativeClaim claim) {
        String sentence = claim.sentence() == null ? "" : claim.sentence().strip();
        return sentence.length() > 80 ? sentence.substring(0, 80) + "…" : sentence;
    }

    /** The 总计 of a row of table 三, or the sum of the applicant columns when 总计 is blank. */
    static Optional<BigDecimal> applicationsTotal(AnnualReport report, ApplicationRow row) {
        boolean totalBlank = report.applications() != null
                && CellValues.isBlank(report.applications().cell(row, ApplicantColumn.TOTAL));
        if (!totalBlank) {
            return CellValues.of(report.applications(), row, ApplicantColumn.TOTAL);
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (ApplicantColumn column : ApplicantColumn.values()) {
            if (column == ApplicantColumn.TOTAL) {
                continue;
            }
            Optional<BigDecimal> value = CellValues.of(report.applications(), row, column);
            if (value.isEmpty()) {
                return Optional.empty();
            }
            sum = sum.add(value.get());
        }
        return Optional.of(sum);
    }

    /** Where in the tables a claim's number is, and its value there. */
    private record Target(String whatZh, String whatEn, FindingLocation location, Optional<BigDecimal> value) {

        static Optional<Target> of(ClaimKind kind, AnnualReport report, TemplateVersion version) {
            return switch (kind) {
                case APPLICATIONS_RECEIVED -> applications("收到申请数", "applications received", report,
                        ApplicationRow.NEW_RECEIVED);
                case APPLICATIONS_NEW -> applications("本年新收申请数", "new applications", report,
                        ApplicationRow.NEW_RECEIVED);
                case APPLICATIONS_CARRIED_FROM_PREVIOUS_YEAR -> applications("上年结转申请数",
                        "applications carried over", report, ApplicationRow.CARRIED_FROM_PREVIOUS_YEAR);
                case APPLICATIONS_HANDLED -> applications("办理申请数", "applications handled", report,
                        ApplicationRow.TOTAL);
                case APPLICATIONS_CARRIED_TO_NEXT_YEAR -> applications("结转下年度申请数",
                        "applications carried forward", report, ApplicationRow.CARRIED_TO_NEXT_YEAR);
                case APPLICATIONS_DISCLOSED -> applications("予以公开申请数", "applications disclosed", report,
                        ApplicationRow.DISCLOSED);
                case ADMINISTRATIVE_REVIEWS -> Optional.of(new Target("行政复议案件数", "administrative reviews",
                        Locations.cases(CaseGroup.ADMINISTRATIVE_REVIEW, CaseOutcome.TOTAL),
                        CellValues.of(report.cases(), CaseGroup.ADMINISTRATIVE_REVIEW, CaseOutcome.TOTAL)));
                case LAWSUITS -> Optional.of(new Target("行政诉讼案件数", "lawsuits",
                        new FindingLocation(Locations.cases(null, null).section(), Locations.TABLE_CASES,
                                "行政诉讼", CaseOutcome.TOTAL.label()),
                        lawsuits(report)));
                case NORMATIVE_DOCUMENTS_ISSUED -> documents("本年制发规范性文件数", "normative documents issued",
                        report, version == TemplateVersion.V60 ? DisclosureColumn.NEWLY_MADE : DisclosureColumn.ISSUED);
                case NORMATIVE_DOCUMENTS_REPEALED -> version == TemplateVersion.V30
                        ? documents("本年废止规范性文件数", "normative documents repealed", report,
                        DisclosureColumn.REPEALED)
                        : Optional.empty();
                case NORMATIVE_DOCUMENTS_IN_FORCE -> version == TemplateVersion.V30
                        ? documents("现行有效规范性文件数", "normative documents in force", report,
                        DisclosureColumn.IN_FORCE)
                        : Optional.empty();
            };
        }

        private static Optional<Target> applications(String zh, String en, AnnualReport report, ApplicationRow row) {
            return Optional.of(new Target(zh, en, Locations.applications(row, ApplicantColumn.TOTAL),
                    applicationsTotal(report, row)));
        }

        private static Optional<Target> documents(String zh, String en, AnnualReport report, DisclosureColumn column) {
            return Optional.of(new Target(zh, en, Locations.disclosures(DisclosureRow.NORMATIVE_DOCUMENTS, column),
                    CellValues.of(report.disclosures(), DisclosureRow.NORMATIVE_DOCUMENTS, column)));
        }

        private static Optional<BigDecimal> lawsuits(AnnualReport report) {
            Optional<BigDecimal> direct = CellValues.of(report.cases(), CaseGroup.LITIGATION_WITHOUT_REVIEW,
                    CaseOutcome.TOTAL);
            Optional<BigDecimal> afterReview = CellValues.of(report.cases(), CaseGroup.LITIGATION_AFTER_REVIEW,
                    CaseOutcome.TOTAL);
            return direct.isPresent() && afterReview.isPresent()
                    ? Optional.of(direct.get().add(afterReview.get())) : Optional.empty();
        }
    }
}
