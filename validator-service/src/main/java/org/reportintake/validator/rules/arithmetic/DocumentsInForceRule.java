package org.reportintake.validator.rules.arithmetic;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.reportintake.model.event.Finding;
import org.reportintake.model.event.Severity;
import org.reportintake.model.report.DisclosureColumn;
import org.reportintake.model.report.DisclosureRow;
import org.reportintake.model.report.DisclosureTable;
import org.reportintake.model.report.TemplateVersion;
import org.reportintake.validator.rules.CheckedReport;
import org.reportintake.validator.rules.ReportRule;
import org.reportintake.validator.rules.RuleCategory;
import org.reportintake.validator.rules.RuleSpec;
import org.reportintake.validator.rules.support.CellValues;
import org.reportintake.validator.rules.support.Locations;
import org.reportintake.validator.rules.support.PreviousYear;

/**
 * A6 (V30): stock and flow of 规章 and 行政规范性文件: 现行有效(N) = 现行有效(N-1) + 本年制发 − 本年废止.
 * Plausibility only (revisions and 自然失效 break it), hence WARN; INFO when there is nothing to compare with.
 * (现行有效件数 ≥ 0 is N1's negative-count check.)
 */
public final class DocumentsInForceRule implements ReportRule {

    private static final List<DisclosureRow> ROWS =
            List.of(DisclosureRow.REGULATIONS, DisclosureRow.NORMATIVE_DOCUMENTS);

    private static final RuleSpec SPEC = RuleSpec.builder("A6", RuleCategory.ARITHMETIC)
            .versions(TemplateVersion.V30)
            .title("现行有效件数与上年现行有效件数、本年制发、本年废止相符",
                    "Documents in force = last year's in force + issued − repealed")
            .hint("核对表二第二十条第（一）项：现行有效件数一般等于上年现行有效件数加本年制发件数减本年废止件数；如因修订、自然失效等原因不等，请在正文说明。",
                    "Check table 二, 第二十条第（一）项: in force is normally last year's in force plus issued minus "
                            + "repealed; explain any difference (revisions, expiry) in the text.")
            .message("stockFlow", Severity.WARN,
                    "表二“{row}”：现行有效件数 {inForce}，但上年现行有效 {previous} + 本年制发 {issued} − 本年废止 {repealed} = {expected}。",
                    "Table 二, “{row}”: {inForce} in force, but last year's {previous} + issued {issued} − repealed "
                            + "{repealed} = {expected}.")
            .message("noPrevious", Severity.INFO, "没有上一年度报告，现行有效件数未与上年比对。",
                    "No previous-year report; documents in force were not compared with last year.")
            .message("notComparable", Severity.INFO, "上一年度报告（{previousYear}年）不可比对（年度不符或未使用30号格式）。",
                    "The previous report ({previousYear}) cannot be compared (wrong year or not in the 30号 format).")
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
                    .at(Locations.disclosures(null, DisclosureColumn.IN_FORCE)).build());
        }
        if (previous == PreviousYear.WRONG_YEAR
                || report.previousYear().metadata().templateVersion() != TemplateVersion.V30) {
            return List.of(SPEC.finding("notComparable")
                    .with("previousYear", PreviousYear.yearOf(report.previousYear()))
                    .at(Locations.disclosures(null, DisclosureColumn.IN_FORCE)).build());
        }
        DisclosureTable table = report.report().disclosures();
        DisclosureTable last = report.previousYear().disclosures();
        List<Finding> findings = new ArrayList<>();
        for (DisclosureRow row : ROWS) {
            Optional<BigDecimal> inForce = CellValues.of(table, row, DisclosureColumn.IN_FORCE);
            Optional<BigDecimal> issued = CellValues.of(table, row, DisclosureColumn.ISSUED);
            Optional<BigDecimal> repealed = CellValues.of(table, row, DisclosureColumn.REPEALED);
            Optional<BigDecimal> before = CellValues.of(last, row, DisclosureColumn.IN_FORCE);
            if (inForce.isEmpty() || issued.isEmpty() || repealed.isEmpty() || before.isEmpty()) {
                continue;
            }
            BigDecimal expected = before.get().add(issued.get()).subtract(repealed.get());
            if (expected.compareTo(inForce.get()) != 0) {
                findings.add(SPEC.finding("stockFlow").with("row", row.label())
                        .with("inForce", inForce.get()).with("previous", before.get())
                        .with("issued", issued.get()).with("repealed", repealed.get()).with("expected", expected)
                        .at(Locations.disclosures(row, DisclosureColumn.IN_FORCE))
                        .values(inForce.get(), expected).build());
            }
        }
        return findings;
    }
}
