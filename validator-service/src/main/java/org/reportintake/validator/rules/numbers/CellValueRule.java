package org.reportintake.validator.rules.numbers;

import java.util.ArrayList;
import java.util.List;

import org.reportintake.model.event.Finding;
import org.reportintake.model.event.Severity;
import org.reportintake.model.report.Cell;
import org.reportintake.model.report.CellKind;
import org.reportintake.model.report.TemplateVersion;
import org.reportintake.validator.rules.CheckedReport;
import org.reportintake.validator.rules.ReportRule;
import org.reportintake.validator.rules.RuleCategory;
import org.reportintake.validator.rules.RuleSpec;
import org.reportintake.validator.rules.support.LocatedCell;
import org.reportintake.validator.rules.support.Locations;

/**
 * N1: every cell holds a number; counts are never negative (except V60 本年增/减) and amounts are ≥ 0.
 * Counts of applications and cases (tables 三, 四) must be whole numbers; table 二's counts are A8's concern.
 */
public final class CellValueRule implements ReportRule {

    private static final RuleSpec SPEC = RuleSpec.builder("N1", RuleCategory.NUMBERS)
            .versions(TemplateVersion.V30, TemplateVersion.V60)
            .title("单元格为合法数值（件数为非负整数，金额为非负数）",
                    "Cells hold valid numbers (counts are non-negative integers, amounts are ≥ 0)")
            .hint("件数只填非负整数，金额只填数字（单位按表头），不要填写文字。",
                    "Write only non-negative whole numbers for counts and plain numbers in the header's unit for "
                            + "amounts; no text.")
            .message("unparseable", Severity.REJECT, "表{table}“{position}”的内容“{raw}”不是数字。",
                    "Table {table}, “{position}”: “{raw}” is not a number.")
            .message("negative", Severity.REJECT, "表{table}“{position}”为负数 {value}。",
                    "Table {table}, “{position}” is negative: {value}.")
            .message("fraction", Severity.REJECT, "表{table}“{position}”的件数 {value} 不是整数。",
                    "Table {table}, “{position}”: the count {value} is not a whole number.")
            .build();

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public List<Finding> check(CheckedReport report) {
        List<Finding> findings = new ArrayList<>();
        for (LocatedCell located : LocatedCell.all(report.report())) {
            Cell cell = located.cell();
            // A cell we could not read with confidence is the parser's reading issue (X4), not the agency's text.
            if (cell == null || cell.isUncertain()) {
                continue;
            }
            if (cell.kind() == CellKind.UNPARSEABLE) {
                findings.add(SPEC.finding("unparseable").with("table", located.table())
                        .with("position", located.position()).with("raw", cell.raw())
                        .at(located.location()).build());
            } else if (cell.isNumber() && cell.value() != null) {
                if (cell.value().signum() < 0 && !located.signed()) {
                    findings.add(SPEC.finding("negative").with("table", located.table())
                            .with("position", located.position()).with("value", cell.value())
                            .at(located.location()).values(cell.value(), null).build());
                } else if (!located.amount() && !Locations.TABLE_DISCLOSURES.equals(located.table())
                        && cell.value().stripTrailingZeros().scale() > 0) {
                    findings.add(SPEC.finding("fraction").with("table", located.table())
                            .with("position", located.position()).with("value", cell.value())
                            .at(located.location()).values(cell.value(), null).build());
                }
            }
        }
        return findings;
    }
}
