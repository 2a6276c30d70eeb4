package org.reportintake.validator.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.reportintake.model.agency.IssuerType;
import org.reportintake.model.event.Finding;
import org.reportintake.model.event.ReportParsed;
import org.reportintake.model.event.Severity;
import org.reportintake.model.event.Verdict;
import org.reportintake.model.report.AnnualReport;
import org.reportintake.model.report.ReportMetadata;
import org.reportintake.model.report.TemplateVersion;
import org.reportintake.validator.rules.failure.ParseFailureOutcomes;
import org.reportintake.validator.rules.failure.ParseFailureRules;
import org.reportintake.validator.rules.failure.RuleErrors;
import org.reportintake.validator.rules.support.BlankTotals;
import org.reportintake.validator.rules.support.CellProvenance;
import org.reportintake.validator.rules.support.IssuerTypes;

/**
 * Runs the catalogue's rules on one parsed report and reaches a verdict (ACCEPTED, REJECTED, NEEDS_REVIEW or
 * LEGACY; see docs/outcomes.md). Stateless and thread-safe.
 */
public final class ReportValidator {

    /** Reports for this year and earlier predate the national tables (〔2019〕60号 applies from the 2019 reports). */
    public static final int LAST_LEGACY_YEAR = 2018;

    private final RuleCatalogue catalogue;

    public ReportValidator(RuleCatalogue catalogue) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    }

    public ValidationResult validate(ValidationContext context) {
        Objects.requireNonNull(context, "context");
        ReportParsed parsed = Objects.requireNonNull(context.parsed(), "context.parsed");
        if (parsed.failure() != null || parsed.report() == null) {
            // The code's outcome is the verdict (no report, no other finding): see ParseFailureOutcomes.
            Verdict verdict = parsed.failure() == null ? Verdict.NEEDS_REVIEW
                    : ParseFailureOutcomes.verdictFor(parsed.failure().code());
            return new ValidationResult(verdict, List.of(ParseFailureRules.findingFor(parsed.failure())));
        }
        Integer year = parsed.report().metadata() == null ? null : parsed.report().metadata().reportYear();
        CheckedReport report = prepare(BlankTotals.complete(parsed.report()), context);
        // The 2019 and 2021 formats do not apply to a report for 2018 or earlier, whatever its layout; a pre-2019
        // layout without a year is classified too (with a year of 2019 or later it is the wrong template: S2).
        boolean legacy = (year != null && year <= LAST_LEGACY_YEAR)
                || (year == null && report.version() == TemplateVersion.LEGACY);
        if (legacy) {
            report = asLegacy(report);
        }
        List<Finding> findings = new ArrayList<>();
        for (ReportRule rule : catalogue.rules()) {
            if (!rule.spec().appliesTo(report.version())) {
                continue;
            }
            try {
                findings.addAll(rule.check(report));
            } catch (RuntimeException e) {
                findings.add(RuleErrors.findingFor(rule.spec().id(), e));
            }
        }
        if (legacy) {
            // Only the rules that hold for every year ran (publication deadline, period, agency name): they inform
            // the office, they never reject a historical report.
            findings.add(year != null ? ParseFailureRules.legacyYear(year) : ParseFailureRules.legacyLayout());
            return new ValidationResult(Verdict.LEGACY, sorted(findings));
        }
        return result(CellProvenance.annotate(report.report(), findings));
    }

    private static CheckedReport prepare(AnnualReport report, ValidationContext context) {
        ReportMetadata metadata = report.metadata();
        TemplateVersion version = metadata == null || metadata.templateVersion() == null
                ? TemplateVersion.UNKNOWN : metadata.templateVersion();
        IssuerType issuerType = context.issuerType();
        boolean inferred = issuerType == null;
        if (inferred) {
            issuerType = IssuerTypes.infer(agencyName(metadata));
        }
        return new CheckedReport(report, context.previousYear(), version, issuerType, inferred, context.publishedOn(),
                context.publicationChange());
    }

    /** The title names the issuer most reliably; the signature and the contact sentence are fallbacks. */
    private static String agencyName(ReportMetadata metadata) {
        if (metadata == null) {
            return null;
        }
        if (metadata.agencyNameInTitle() != null && !metadata.agencyNameInTitle().isBlank()) {
            return metadata.agencyNameInTitle();
        }
        if (metadata.agencyNameInSignature() != null && !metadata.agencyNameInSignature().isBlank()) {
            return metadata.agencyNameInSignature();
        }
        return metadata.agencyNameInContact();
    }

    private ValidationResult result(List<Finding> findings) {
        List<Finding> sorted = sorted(findings);
        return new ValidationResult(verdictOf(sorted), sorted);
    }

    private List<Finding> sorted(List<Finding> findings) {
        return findings.stream()
                .sorted(Comparator.comparing(Finding::severity)
                        .thenComparingInt(finding -> catalogue.orderOf(finding.ruleId())))
                .toList();
    }

    private static CheckedReport asLegacy(CheckedReport r) {
        return new CheckedReport(r.report(), r.previousYear(), TemplateVersion.LEGACY, r.issuerType(),
                r.issuerTypeInferred(), r.publishedOn(), r.publicationChange());
    }

    /**
     * REVIEW wins over REJECT: when part of the report could not be read with confidence, a rejection may come from
     * our misreading, so the supervising office decides instead of the agency being told its report is wrong.
     */
    static Verdict verdictOf(List<Finding> findings) {
        boolean review = findings.stream().anyMatch(finding -> finding.severity() == Severity.REVIEW);
        if (review) {
            return Verdict.NEEDS_REVIEW;
        }
        boolean rejected = findings.stream().anyMatch(finding -> finding.severity() == Severity.REJECT);
        return rejected ? Verdict.REJECTED : Verdict.ACCEPTED;
    }
}
