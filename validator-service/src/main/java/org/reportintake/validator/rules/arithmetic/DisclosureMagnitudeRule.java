package org.reportintake.validator.rules.arithmetic;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.reportintake.model.event.Finding;
import org.reportintake.model.event.Severity;
import org.reportintake.model.report.Cell;
import org.reportintake.model.report.DisclosureTable;
import org.reportintake.model.report.DisclosureTable.DisclosureCell;
import org.reportintake.model.report.TemplateVersion;
import org.reportintake.validator.rules.CheckedReport;
import org.reportintake.validator.rules.ReportRule;
import org.reportintake.validator.rules.RuleCategory;
import org.reportintake.validator.rules.RuleSpec;
import org.reportintake.validator.rules.support.DisclosureLayout;
import org.reportintake.validator.rules.support.Locations;

/**
 * A8: table 二's counts are whole numbers, and money (万元) has a believable magnitude. Above 10⁷ 万元
 * (1000亿元) the amount was almost surely written in 元.
 */
public final class DisclosureMagnitudeRule implements ReportRule {

    static final BigDecimal ABSURD_WAN_YUAN = new BigDecimal("10000000");

    private static final RuleSpec SPEC = RuleSpec.builder("A8", RuleCategory.ARITHMETIC)
            .versions(TemplateVersion.V30, TemplateVersion.V60)
            .title("表二件数为整数，金额单位为万元且数量级合理",
                    "Table 二: counts are whole numbers; amounts are in 万元 and of a believable size")
            .hint("件数填整数；收费金额按表头以“万元”为单位填写（如 12345 元应填 1.2345）。",
                    "Write whole numbers for counts and amounts in 万元 as the header says (12345 元 is 1.2345).")
            .message("fraction", Severity.WARN, "表二“{row}”的“{column}”为 {value}，件数应为整数。",
                    "Table 二, “{row}” / “{column}” is {value}; a count must be a whole number.")
            .message("absurdAmount", Severity.WARN, "表二“{row}”的“{column}”为 {value} 万元，数额异常，可能误以“元”为单位填写。",
                    "Table 二, “{row}” / “{column}” is {value} 万元, an implausible amount, probably entered in 元.")
            .build();

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public List<Finding> check(CheckedReport report) {
        DisclosureTable table = report.report().disclosures();
        if (table == null || table.cells() == null) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (DisclosureCell located : table.cells()) {
            Cell cell = located.cell();
            if (cell == null || !cell.isNumber() || cell.value() == null) {
                continue;
            }
            BigDecimal value = cell.value();
            boolean amount = DisclosureLayout.AMOUNT_COLUMNS.contains(located.column());
            if (!amount && value.stripTrailingZeros().scale() > 0) {
                findings.add(SPEC.finding("fraction").with("row", located.row().label())
                        .with("column", located.column().label()).with("value", value)
                        .at(Locations.disclosures(located.row(), located.column())).values(value, null).build());
            } else if (amount && value.compareTo(ABSURD_WAN_YUAN) > 0) {
                findings.add(SPEC.finding("absurdAmount").with("row", located.row().label())
                        .with("column", located.column().label()).with("value", value)
                        .at(Locations.disclosures(located.row(), located.column())).values(value, null).build());
            }
        }
        return findings;
    }
}
