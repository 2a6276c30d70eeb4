package org.reportintake.model.report;

import java.time.LocalDate;

/**
 * What the report says about itself. Any field may be null when the report does not state it.
 *
 * @param title                 the title as written (lines joined)
 * @param agencyNameInTitle     the agency name as written in the title
 * @param agencyNameInContact   the agency name in the "请与…联系" sentence
 * @param agencyNameInSignature the agency name in the signature block
 * @param reportYear            the year N the report covers
 * @param statisticalPeriod     the statistical period stated
 * @param formatNotice          the format notice cited in the text
 * @param templateVersion       the table format detected from the tables
 * @param signatureDate         the date in the signature block
 * @param contactPhone          contact phone
 * @param contactAddress        contact address
 * @param contactEmail          contact email
 */
public record ReportMetadata(
        String title,
        String agencyNameInTitle,
        String agencyNameInContact,
        String agencyNameInSignature,
        Integer reportYear,
        StatisticalPeriod statisticalPeriod,
        FormatNotice formatNotice,
        TemplateVersion templateVersion,
        LocalDate signatureDate,
        String contactPhone,
        String contactAddress,
        String contactEmail) {
}
