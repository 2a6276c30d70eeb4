package org.reportintake.validator;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.reportintake.model.event.ReportHeadline;
import org.reportintake.model.event.ReportParsed;
import org.reportintake.model.event.ReportValidated;
import org.reportintake.model.report.AnnualReport;
import org.reportintake.model.report.ReportMetadata;
import org.reportintake.validator.agency.AgencyDirectory;
import org.reportintake.validator.rules.ReportValidator;
import org.reportintake.validator.rules.RuleCatalogue;
import org.reportintake.validator.rules.ValidationContext;
import org.reportintake.validator.rules.ValidationResult;
import org.reportintake.validator.store.CrawlHistoryRepository;
import org.reportintake.validator.store.ReportRepository;
import org.reportintake.validator.store.VerdictRepository;

/** Validates a parsed report against the catalogue and stores the report version and the verdict. */
@ApplicationScoped
public class ValidationService {

    private final ReportValidator validator = new ReportValidator(RuleCatalogue.standard());
    private final ReportRepository reports;
    private final VerdictRepository verdicts;
    private final AgencyDirectory agencies;
    private final CrawlHistoryRepository crawlHistory;

    public ValidationService(ReportRepository reports, VerdictRepository verdicts, AgencyDirectory agencies,
            CrawlHistoryRepository crawlHistory) {
        this.reports = reports;
        this.verdicts = verdicts;
        this.agencies = agencies;
        this.crawlHistory = crawlHistory;
    }

    /**
     * @return the verdict event as stored (if another delivery stored one first, that one)
     */
    public ReportValidated validateAndStore(ReportParsed parsed) {
        AnnualReport report = parsed.report();
        Integer year = report == null || report.metadata() == null ? null : report.metadata().reportYear();
        AnnualReport previous = year == null ? null
                : reports.currentReport(parsed.submission().agencyId(), year - 1).orElse(null);
        // The directory's issuer type decides P1's deadline; without one the engine infers it from the name.
        ValidationResult result = validator.validate(new ValidationContext(parsed, previous,
                agencies.issuerTypeOf(parsed.submission().agencyId()), parsed.submission().publishedOn(),
                crawlHistory.changeFor(parsed.submission()).orElse(null)));
        ReportValidated event = new ReportValidated(parsed.submission(), result.verdict(), result.findings(),
                headline(report), Instant.now());
        // A dry run is checked like any other, but never becomes an official version.
        if (report != null && !parsed.submission().dryRun()) {
            reports.storeVersion(parsed.submission(), report, result.verdict());
        }
        return verdicts.insertIfAbsent(event).map(VerdictRepository.StoredVerdict::event).orElse(event);
    }

    private static ReportHeadline headline(AnnualReport report) {
        if (report == null || report.metadata() == null) {
            return new ReportHeadline(null, null, null, null, null);
        }
        ReportMetadata m = report.metadata();
        String agency = m.agencyNameInTitle() != null ? m.agencyNameInTitle()
                : m.agencyNameInSignature() != null ? m.agencyNameInSignature() : m.agencyNameInContact();
        return new ReportHeadline(m.title(), agency, m.reportYear(), m.templateVersion(), m.contactEmail());
    }
}
