package org.reportintake.model.event;

import org.reportintake.model.report.TemplateVersion;

/**
 * The few facts of a report that downstream consumers (intake status, notifier) need without the whole structure.
 *
 * @param title           the report's title, if read
 * @param agencyName      the agency name as written in the report, if read
 * @param reportYear      the report year N, if read
 * @param templateVersion the detected template version
 * @param contactEmail    the email address written in the report, if any
 */
public record ReportHeadline(
        String title,
        String agencyName,
        Integer reportYear,
        TemplateVersion templateVersion,
        String contactEmail) {
}
