package org.reportintake.validator.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.reportintake.model.event.Finding;
import org.reportintake.model.event.FindingLocation;
import org.reportintake.model.event.Severity;
import org.reportintake.model.event.Verdict;
import org.reportintake.model.report.AnnualReport;
import org.reportintake.model.report.ApplicantColumn;
import org.reportintake.model.report.ApplicationRow;
import org.reportintake.model.report.ApplicationTable;
import org.reportintake.model.report.Cell;

/** Walking skeleton: applies rule A1 only. Replaced by the full rule engine. */
public final class ReportValidator {

    public ReportValidator(RuleCatalogue catalogue) {
    }

    public ValidationResult validate(ValidationContext context) {
        List<Finding> findings = new ArrayList<>();
        if (!context.parsed().succeeded()) {
            var f = context.parsed().failure();
            findings.add(new Finding("X1", Severity.REJECT, f.messageZh(), f.messageEn(), null, null, null, null, null, null));
        } else {
            AnnualReport report = context.parsed().report();
            ApplicationTable t = report.applications();
            for (ApplicantColumn c : ApplicantColumn.values()) {
                Optional<BigDecimal> left = sum(t, c, ApplicationRow.NEW_RECEIVED, ApplicationRow.CARRIED_FROM_PREVIOUS_YEAR);
                Optional<BigDecimal> right = sum(t, c, ApplicationRow.TOTAL, ApplicationRow.CARRIED_TO_NEXT_YEAR);
                if (left.isPresent() && right.isPresent() && left.get().compareTo(right.get()) != 0) {
                    findings.add(new Finding("A1", Severity.REJECT,
                            "表三“" + c.label() + "”列：新收 + 上年结转 = " + left.get() + "，但总计 + 结转下年度 = " + right.get(),
                            "Table 三, column " + c.label() + ": new + carried over = " + left.get() + " but total + carried forward = " + right.get(),
                            new FindingLocation("三、收到和处理政府信息公开申请情况", "三", null, c.label()),
                            left.get(), right.get(), left.get().subtract(right.get()),
                            "核对该列各项数字，使第一项加第二项之和等于第三项加第四项之和。",
                            "Correct the column so that items 一 + 二 equal items 三（七） + 四."));
                }
            }
        }
        Verdict verdict = findings.stream().anyMatch(f -> f.severity() == Severity.REJECT) ? Verdict.REJECTED : Verdict.ACCEPTED;
        return new ValidationResult(verdict, findings);
    }

    private static Optional<BigDecimal> sum(ApplicationTable t, ApplicantColumn c, ApplicationRow a, ApplicationRow b) {
        Optional<BigDecimal> x = t.cell(a, c).map(Cell::valueOrZero);
        Optional<BigDecimal> y = t.cell(b, c).map(Cell::valueOrZero);
        return x.isPresent() && y.isPresent() ? Optional.of(x.get().add(y.get())) : Optional.empty();
    }
}
