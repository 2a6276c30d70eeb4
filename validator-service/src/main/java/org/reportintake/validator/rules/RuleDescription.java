package org.reportintake.validator.rules;

import java.util.List;

import org.reportintake.model.event.Severity;
import org.reportintake.model.event.Verdict;
import org.reportintake.model.report.TemplateVersion;

/**
 * One row of the published rule table.
 *
 * @param id       stable rule id
 * @param category rule family
 * @param severity the most severe outcome the rule can have (some rules also report milder cases)
 * @param outcome  the verdict that most severe finding leads to: REJECTED, NEEDS_REVIEW, LEGACY, or ACCEPTED when the
 *                 rule only warns or informs
 * @param versions the template versions the rule applies to
 * @param titleZh  what the rule checks, in Chinese
 * @param titleEn  what the rule checks, in English
 * @param hintZh   how to fix a report that fails it, in Chinese
 * @param hintEn   how to fix a report that fails it, in English
 */
public record RuleDescription(String id, RuleCategory category, Severity severity, Verdict outcome,
                              List<TemplateVersion> versions,
                              String titleZh, String titleEn, String hintZh, String hintEn) {
}
