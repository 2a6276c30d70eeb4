package org.reportintake.validator.rules.arithmetic;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.reportintake.model.event.Finding;
import org.reportintake.model.event.Severity;
import org.reportintake.model.report.CaseGroup;
import org.reportintake.model.report.CaseOutcome;
import org.reportintake.model.report.CaseTable;
import org.reportintake.model.report.TemplateVersion;
import org.reportintake.validator.rules.CheckedReport;
import org.reportintake.validator.rules.ReportRule;
import org.reportintake.validator.rules.RuleCategory;
import org.reportintake.validator.rules.RuleSpec;
import org.reportintake.validator.rules.support.CellValues;
import org.reportintake.validator.rules.support.Locations;

/** A4: in table 四, for 行政复议 and both kinds of 行政诉讼: 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结. */
public final class CaseTotalsRule implements ReportRule {

    private static final List<CaseOutcome> PARTS =
            List.of(CaseOutcome.UPHELD, CaseOutcome.CORRECTED, CaseOutcome.OTHER, CaseOutcome.PENDING);

    private static final RuleSpec SPEC = RuleSpec.builder("A4", RuleCategory.ARITHMETIC)
            .versions(TemplateVersion.V30, TemplateVersion.V60)
            .title("表四各组：总计等于结果维持、结果纠正、其他结果、尚未审结之和",
                    "Table 四, each group: 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结")
            .hint("核对表四该组：总计应等于结果维持、结果纠正、其他结果、尚未审结四项之和。",
                    "Check the group in table 四: 总计 must equal the sum of its four outcome columns.")
            .message("mismatch", Severity.REJECT, "表四“{group}”：总计为 {total}，但四项之和为 {sum}。",
                    "Table 四, “{group}”: 总计 is {total} but the four outcomes add up to {sum}.")
            .build();

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public List<Finding> check(CheckedReport report) {
        CaseTable table = report.report().cases();
        List<Finding> findings = new ArrayList<>();
        for (CaseGroup group : CaseGroup.values()) {
            Optional<BigDecimal> total = CellValues.of(table, group, CaseOutcome.TOTAL);
            List<Optional<BigDecimal>> parts = PARTS.stream().map(o -> CellValues.of(table, group, o)).toList();
            if (total.isEmpty() || parts.stream().anyMatch(Optional::isEmpty)) {
                continue;
            }
            BigDecimal sum = parts.stream().map(Optional::get).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.compareTo(total.get()) != 0) {
                findings.add(SPEC.finding("mismatch").with("group", group.label())
                        .with("total", total.get()).with("sum", sum)
                        .at(Locations.cases(group, CaseOutcome.TOTAL))
                        .values(total.get(), sum).build());
            }
        }
        return findings;
    }
}
