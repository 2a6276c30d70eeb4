package org.reportintake.validator.rules.failure;

import org.reportintake.model.event.Finding;
import org.reportintake.model.event.Severity;
import org.reportintake.model.report.TemplateVersion;
import org.reportintake.validator.rules.RuleCategory;
import org.reportintake.validator.rules.RuleSpec;
import org.reportintake.validator.rules.support.Locations;

/**
 * X3: a rule failed on unexpected input. Recorded as REVIEW: the report still gets a verdict (NEEDS_REVIEW), a rule
 * bug can never turn into a rejection, and a check that did not run is never passed as accepted.
 */
public final class RuleErrors {

    public static final RuleSpec X3 = RuleSpec.builder("X3", RuleCategory.ENGINE)
            .versions(TemplateVersion.V30, TemplateVersion.V60, TemplateVersion.LEGACY, TemplateVersion.UNKNOWN)
            .title("校验规则无法执行", "A rule could not be evaluated")
            .hint("无需报送单位处理；请运维人员检查该规则与解析结果。",
                    "Nothing for the agency to do; operators should check the rule against the parsed report.")
            .message("error", Severity.REVIEW, "规则 {rule} 无法执行：{error}，转人工复核。",
                    "Rule {rule} could not be evaluated: {error}; referred for review.")
            .build();

    private RuleErrors() {
    }

    public static Finding findingFor(String ruleId, RuntimeException error) {
        return X3.finding("error").with("rule", ruleId).with("error", error.getClass().getSimpleName())
                .at(Locations.report()).build();
    }
}
