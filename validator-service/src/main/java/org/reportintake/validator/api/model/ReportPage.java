package org.reportintake.validator.api.model;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A page of submissions, newest first.
 *
 * @param total every submission matching the filter, not just this page
 */
@Schema(description = "A page of submissions, newest first")
public record ReportPage(long total, int limit, int offset, List<ReportSummary> items) {
}
