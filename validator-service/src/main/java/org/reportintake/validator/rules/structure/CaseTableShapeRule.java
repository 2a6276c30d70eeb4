package org.reportintake.validator.rules.structure;

import java.util.ArrayList;
import java.util.List;

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
import org.reportintake.validator.rules.support.Locations;

/** S5: table 四 has its 15 cells (three groups of 结果维持, 结果纠正, 其他结果, 尚未审结, 总计). */
public final class CaseTableShapeRule implements ReportRule {

    private static final RuleSpec SPEC = RuleSpec.builder("S5", RuleCategory.STRUCTURE)
            .versions(TemplateVersion.V30, TemplateVersion.V60)
            .title("表四15个数据单元格完整", "Table 四 has its 15 numeric cells")
            .hint("使用统一格式的表四：行政复议、未经复议直接起诉、复议后起诉各5列（结果维持、结果纠正、其他结果、尚未审结、总计），无数据填0。",
                    "Use the official table 四: five columns (结果维持, 结果纠正, 其他结果, 尚未审结, 总计) for each of "
                            + "行政复议, 未经复议直接起诉 and 复议后起诉; write 0 where there is nothing.")
            // The table was found, so a cell we could not place is our reading, not the report's omission.
            .message("missingCell", Severity.REVIEW, "表四“{group}”的“{outcome}”未能可靠识别，待人工复核。",
                    "Table 四: “{outcome}” of “{group}” could not be mapped; referred for review.")
            .build();

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public List<Finding> check(CheckedReport report) {
        CaseTable table = report.report().cases();
        if (table == null || table.cells() == null || table.cells().isEmpty()) {
            return List.of(); // S3 reports the missing table
        }
        List<Finding> findings = new ArrayList<>();
        for (CaseGroup group : CaseGroup.values()) {
            for (CaseOutcome outcome : CaseOutcome.values()) {
                if (table.cell(group, outcome).isEmpty()) {
                    findings.add(SPEC.finding("missingCell").with("group", group.label())
                            .with("outcome", outcome.label()).at(Locations.cases(group, outcome)).build());
                }
            }
        }
        return findings;
    }
}
