package org.reportintake.validator.api.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.reportintake.model.event.Severity;

/**
 * How often a rule fired with a severity.
 *
 * @param findings    number of findings
 * @param submissions number of submissions with at least one such finding
 */
@Schema(description = "Findings of one rule at one severity")
public record RuleCount(String ruleId, Severity severity, long findings, long submissions) {
}
