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
import org.reportintake.validator.rules.failure.ParseFailureRules;
import org.reportintake.validator.rules.failure.RuleErrors;
import org.reportintake.validator.rules.support.IssuerTypes;

/** Runs the catalogue's rules on one parsed report and reaches a verdict. Stateless and thread-safe. */
public final class ReportValidator {

    private final RuleCatalogue catalogue;

    public ReportValidator(RuleCatalogue catalogue) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    }

    public ValidationResult validate(ValidationContext context) {
        Objects.requireNonNull(context, "context");
        ReportParsed parsed = Objects.requireNonNull(context.parsed(), "context.parsed");
        if (parsed.failure() != null || parsed.report() == null) {
            return result(List.of(ParseFailureRules.findingFor(parsed.failure())));
        }
        CheckedReport report = prepare(parsed.report(), context);
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
        return result(findings);
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
        List<Finding> sorted = findings.stream()
                .sorted(Comparator.comparing(Finding::severity)
                        .thenComparingInt(finding -> catalogue.orderOf(finding.ruleId())))
                .toList();
        boolean rejected = sorted.stream().anyMatch(finding -> finding.severity() == Severity.REJECT);
        return new ValidationResult(rejected ? Verdict.REJECTED : Verdict.ACCEPTED, sorted);
    }
}
