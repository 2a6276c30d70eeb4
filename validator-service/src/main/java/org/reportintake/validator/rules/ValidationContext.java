package org.reportintake.validator.rules;

import java.time.LocalDate;

import org.reportintake.model.agency.IssuerType;
import org.reportintake.model.event.ReportParsed;
import org.reportintake.model.report.AnnualReport;

/**
 * Everything one validation needs.
 *
 * @param parsed       the parser's event (report or failure)
 * @param previousYear the same agency's current report for year N-1, or null
 * @param issuerType   from the agency directory, or null (then inferred from the agency name)
 * @param publishedOn  the publication date from the site, or null (then the signature date)
 * @param publicationChange for a crawled document whose content changed since the crawler first saw it, the
 *                     change; otherwise null
 */
public record ValidationContext(ReportParsed parsed, AnnualReport previousYear, IssuerType issuerType,
                                LocalDate publishedOn, PublicationChange publicationChange) {

    /** A context without crawl history (uploads). */
    public ValidationContext(ReportParsed parsed, AnnualReport previousYear, IssuerType issuerType, LocalDate publishedOn) {
        this(parsed, previousYear, issuerType, publishedOn, null);
    }
}
