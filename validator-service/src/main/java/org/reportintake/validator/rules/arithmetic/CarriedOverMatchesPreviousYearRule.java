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
import org.reportintake.validator.rules.support.PreviousYear;

/**
 * A7, cross-year: 上年结转(N)[c] = 结转下年度继续办理(N-1)[c] in every column, against the same agency's report for
 * N-1. Table 三 is the same in V30 and V60, so a 2020 report can be compared with 2021. INFO when there is none.
 */
public final class CarriedOverMatchesPreviousYearRule implements ReportRule {

    private static final RuleSpec SPEC = RuleSpec.builder("A7", RuleCategory.ARITHMETIC)
            .versions(TemplateVersion.V30, TemplateVersion.V60)
            .title("上年结转等于上一年度报告的结转下年度继续办理",
                    "Carried over equals last year's carried forward")
            .hint("“二、上年结转政府信息公开申请数量”应与上一年度报告“四、结转下年度继续办理”逐列一致；如上年报告有误请说明。",
                    "Row 二 (carried over) must equal row 四 (carried forward) of last year's report, column by "
                            + "column; explain if last year's report was wrong.")
            .message("mismatch", Severity.WARN,
                    "表三“{column}”列：上年结转为 {carriedOver}，但{previousYear}年度报告的结转下年度继续办理为 {carriedForward}。",
                    "Table 三, column “{column}”: carried over is {carriedOver} but the {previousYear} report carried "
                            + "forward {carriedForward}.")
            .message("noPrevious", Severity.INFO, "没有上一年度报告，上年结转未与上年比对。",
                    "No previous-year report; the carried-over applications were not compared with last year.")
            .message("notComparable", Severity.INFO, "上一年度报告（{previousYear}年）不可比对（年度不符或无表三）。",
                    "The previous report ({previousYear}) cannot be compared (wrong year or no table 三).")
            .build();

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public List<Finding> check(CheckedReport report) {
        PreviousYear previous = PreviousYear.of(report);
        if (previous == PreviousYear.NONE) {
            return List.of(SPEC.finding("noPrevious")
                    .at(Locations.applications(ApplicationRow.CARRIED_FROM_PREVIOUS_YEAR, null)).build());
        }
        ApplicationTable last = report.previousYear().applications();
        Integer previousYear = PreviousYear.yearOf(report.previousYear());
        if (previous == PreviousYear.WRONG_YEAR || last == null || last.cells() == null || last.cells().isEmpty()) {
            return List.of(SPEC.finding("notComparable").with("previousYear", previousYear)
                    .at(Locations.applications(ApplicationRow.CARRIED_FROM_PREVIOUS_YEAR, null)).build());
        }
        ApplicationTable table = report.report().applications();
        List<Finding> findings = new ArrayList<>();
        for (ApplicantColumn column : ApplicantColumn.values()) {
            Optional<BigDecimal> carriedOver = CellValues.of(table, ApplicationRow.CARRIED_FROM_PREVIOUS_YEAR, column);
            Optional<BigDecimal> carriedForward = CellValues.of(last, ApplicationRow.CARRIED_TO_NEXT_YEAR, column);
            if (carriedOver.isPresent() && carriedForward.isPresent()
                    && carriedOver.get().compareTo(carriedForward.get()) != 0) {
                findings.add(SPEC.finding("mismatch").with("column", column.label())
                        .with("carriedOver", carriedOver.get()).with("carriedForward", carriedForward.get())
                        .with("previousYear", previousYear)
                        .at(Locations.applications(ApplicationRow.CARRIED_FROM_PREVIOUS_YEAR, column))
                        .values(carriedOver.get(), carriedForward.get()).build());
            }
        }
        return findings;
    }
}
