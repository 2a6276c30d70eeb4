package org.reportintake.validator.rules.content;

import java.util.List;
import java.util.Optional;

import org.reportintake.model.event.Finding;
import org.reportintake.model.event.Severity;
import org.reportintake.model.report.ReportSection;
import org.reportintake.model.report.SectionKind;
import org.reportintake.model.report.TemplateVersion;
import org.reportintake.validator.rules.CheckedReport;
import org.reportintake.validator.rules.ReportRule;
import org.reportintake.validator.rules.RuleCategory;
import org.reportintake.validator.rules.RuleSpec;
import org.reportintake.validator.rules.support.Locations;

/** C1: from 2021 (国办函〔2020〕109号) section 六 states the 信息处理费, even if none was collected. */
public final class FeeStatementRule implements ReportRule {

    private static final int FIRST_YEAR = 2021;

    private static final RuleSpec SPEC = RuleSpec.builder("C1", RuleCategory.CONTENT)
            .versions(TemplateVersion.V30, TemplateVersion.V60)
            .title("第六部分说明信息处理费收取情况（2021年起）",
                    "Section 六 states the information processing fees (from 2021)")
            .hint("在“六、其他需要报告的事项”中说明按国办函〔2020〕109号收取信息处理费的情况（未收取也应写明）。",
                    "In section 六, state the information processing fees charged under 国办函〔2020〕109号 (say so "
                            + "if none were charged).")
            .message("missing", Severity.WARN, "“{section}”未说明信息处理费收取情况。",
                    "“{section}” does not state the information processing fees.")
            .build();

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public List<Finding> check(CheckedReport report) {
        if (report.year() == null || report.year() < FIRST_YEAR) {
            return List.of();
        }
        Optional<String> text = report.report().sections() == null ? Optional.empty()
                : report.report().section(SectionKind.OTHER_MATTERS).map(ReportSection::text);
        // "信息处理费" and "信息公开处理费" both occur in real reports
        if (text.isPresent() && text.get().replaceAll("\\s", "").contains("处理费")) {
            return List.of();
        }
        return List.of(SPEC.finding("missing").with("section", SectionKind.OTHER_MATTERS.canonicalHeading())
                .at(Locations.section(SectionKind.OTHER_MATTERS)).build());
    }
}
