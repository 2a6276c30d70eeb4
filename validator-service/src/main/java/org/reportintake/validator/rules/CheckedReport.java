package org.reportintake.validator.rules;

import java.time.LocalDate;

import org.reportintake.model.agency.IssuerType;
import org.reportintake.model.report.AnnualReport;
import org.reportintake.model.report.ReportMetadata;
import org.reportintake.model.report.TemplateVersion;

/**
 * A report prepared for the rules: the parsed report with what the context adds.
 *
 * @param report             the report under validation
 * @param previousYear       the same agency's report for year N-1, or null
 * @param version            the template version (UNKNOWN when the parser gave none)
 * @param issuerType         the issuer type, from the directory or inferred from the agency name
 * @param issuerTypeInferred true when {@code issuerType} was inferred from the name
 * @param publishedOn        the publication date from the site, or null
 * @param publicationChange  for a crawled document altered after the crawler first saw it, the change; else null
 */
public record CheckedReport(AnnualReport report, AnnualReport previousYear, TemplateVersion version,
                            IssuerType issuerType, boolean issuerTypeInferred, LocalDate publishedOn,
                            PublicationChange publicationChange) {

    public CheckedReport(AnnualReport report, AnnualReport previousYear, TemplateVersion version,
            IssuerType issuerType, boolean issuerTypeInferred, LocalDate publishedOn) {
        this(report, previousYear, version, issuerType, issuerTypeInferred, publishedOn, null);
    }

    public ReportMetadata metadata() {
        return report.metadata();
    }

    /** The report year N, or null when not read. */
    public Integer year() {
        return report.metadata() == null ? null : report.metadata().reportYear();
    }
}
