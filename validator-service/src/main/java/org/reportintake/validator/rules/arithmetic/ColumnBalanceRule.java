package org.reportintake.validator.rules.arithmetic;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.reportintake.model.event.Finding;
import org.reportintake.model.event.Severity;
import org.reportintake.model.report.ApplicantColumn;
import org.reportintake.model.report.ApplicationRow;
import org.reportintake.model.report.ApplicationTable;
import org.reportintake.model.report.TemplateVersion;
import org.reportintake.validator.rules.CheckedReport;
import org.reportintake.validator.rules.ReportRule;
import org.reportintake.validator.rules.RuleCategory;
import org.reportintake.validator.rules.RuleSpec;
import org.reportintake.validator.rules.support.CellValues;
import org.reportintake.validator.rules.support.Locations;

/**
 * A1, stated in table 三 itself (本列数据的勾稽关系): in every column,
 * 一、本年新收 + 二、上年结转 = （七）总计 + 四、结转下年度继续办理.
 * The finding's reported value is the right side (（七）+四), the computed value the left side (一+二).
 */
public final class ColumnBalanceRule implements ReportRule {

    private static final RuleSpec SPEC = RuleSpec.builder("A1", RuleCategory.ARITHMETIC)
            .versions(TemplateVersion.V30, TemplateVersion.V60)
            .title("表三每列：第一项加第二项之和等于第三项加第四项之和",
                    "Table 三, every column: 一 new + 二 carried over = （七）total + 四 carried forward")
            .hint("核对该列：本年新收与上年结转之和，应等于本年度办理结果总计与结转下年度继续办理之和。",
                    "Check the column: new applications plus those carried over must equal the total handled plus "
                            + "those carried forward to next year.")
            .message("unbalanced", Severity.REJECT,
                    "表三“{column}”列：一、本年新收（{newReceived}）+ 二、上年结转（{carriedOver}）= {left}，"
                            + "不等于（七）总计（{total}）+ 四、结转下年度继续办理（{carriedForward}）= {right}。",
                    "Table 三, column “{column}”: new ({newReceived}) + carried over ({carriedOver}) = {left}, but "
                            + "total ({total}) + carried forward ({carriedForward}) = {right}.")
            .build();

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public List<Finding> check(CheckedReport report) {
        ApplicationTable table = report.report().applications();
        List<Finding> findings = new ArrayList<>();
        for (ApplicantColumn column : ApplicantColumn.values()) {
            Optional<BigDecimal> received = CellValues.of(table, ApplicationRow.NEW_RECEIVED, column);
            Optional<BigDecimal> carriedOver = CellValues.of(table, ApplicationRow.CARRIED_FROM_PREVIOUS_YEAR, column);
            Optional<BigDecimal> total = CellValues.of(table, ApplicationRow.TOTAL, column);
            Optional<BigDecimal> carriedForward = CellValues.of(table, ApplicationRow.CARRIED_TO_NEXT_YEAR, column);
            if (received.isEmpty() || carriedOver.isEmpty() || total.isEmpty() || carriedForward.isEmpty()) {
                continue; // S4 or N1 reports the unreadable cell
            }
            BigDecimal left = received.get().add(carriedOver.get());
            BigDecimal right = total.get().add(carriedForward.get());
            if (left.compareTo(right) != 0) {
                findings.add(SPEC.finding("unbalanced")
                        .with("column", column.label())
                        .with("newReceived", received.get()).with("carriedOver", carriedOver.get())
                        .with("total", total.get()).with("carriedForward", carriedForward.get())
                        .with("left", left).with("right", right)
                        .at(Locations.applications(null, column))
                        .values(right, left)
                        .build());
            }
        }
        return findings;
    }
}
