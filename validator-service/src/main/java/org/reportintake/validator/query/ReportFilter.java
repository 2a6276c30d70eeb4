package org.reportintake.validator.query;

import org.reportintake.model.event.Verdict;

/**
 * Which submissions to list; a null criterion does not filter.
 *
 * @param ruleId submissions with at least one finding of this rule
 */
public record ReportFilter(String agencyId, Integer year, Verdict verdict, String ruleId, int limit, int offset) {
}
