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
 * A2: each application is counted once among the outcome rows (部分公开 "只计这一情形"), so in every column
 * （七）总计 = （一）+（二）+ Σ（三）+ Σ（四）+ Σ（五）+ Σ（六）. A column with a missing or unreadable outcome cell is
 * skipped (S4 or N1 reports the cell).
 */
public final class OutcomeTotalRule implements ReportRule {

    private static final RuleSpec SPEC = RuleSpec.builder("A2", RuleCategory.ARITHMETIC)
            .versions(TemplateVersion.V30, TemplateVersion.V60)
            .title("表三每列：（七）总计等于各办理结果之和",
                    "Table 三, every column: （七）total = sum of all outcome rows")
            .hint("每件申请只计入一种办理结果（部分公开的只计入“部分公开”）；请核对（一）至（六）各项之和与（七）总计。",
                    "Count each application under exactly one outcome (partly disclosed ones only under （二）); "
                            + "check that rows （一）…（六） add up to （七）总计.")
            .message("mismatch", Severity.REJECT, "表三“{column}”列：（七）总计为 {total}，但（一）至（六）各项之和为 {sum}。",
                    "Table 三, column “{column}”: （七）total is {total} but the outcome rows add up to {sum}.")
            .build();

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public List<Finding> check(CheckedReport report) {
        ApplicationTable table = report.report().applications();
        List<ApplicationRow> outcomes = ApplicationRow.rowsOf(report.version()).stream()
                .filter(row -> row.group() == ApplicationRow.Group.OUTCOME).toList();
        List<Finding> findings = new ArrayList<>();
        for (ApplicantColumn column : ApplicantColumn.values()) {
            Optional<BigDecimal> total = CellValues.of(table, ApplicationRow.TOTAL, column);
            if (total.isEmpty()) {
                continue;
            }
            BigDecimal sum = BigDecimal.ZERO;
            boolean complete = true;
            for (ApplicationRow row : outcomes) {
                Optional<BigDecimal> value = CellValues.of(table, row, column);
                if (value.isEmpty()) {
                    complete = false;
                    break;
                }
                sum = sum.add(value.get());
            }
            if (complete && sum.compareTo(total.get()) != 0) {
                findings.add(SPEC.finding("mismatch").with("column", column.label())
                        .with("total", total.get()).with("sum", sum)
                        .at(Locations.applications(ApplicationRow.TOTAL, column))
                        .values(total.get(), sum).build());
            }
        }
        return findings;
    }
}
