package org.reportintake.validator.rules;

import java.util.List;

import org.reportintake.model.event.Finding;

/** A check on a parsed report. Implementations are stateless and thread-safe. */
public interface ReportRule {

    RuleSpec spec();

    /** Only called when {@link RuleSpec#appliesTo} holds for the report's template version. */
    List<Finding> check(CheckedReport report);
}
