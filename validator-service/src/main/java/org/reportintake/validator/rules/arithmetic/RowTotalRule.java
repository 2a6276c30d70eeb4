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
import org.reportintake.model.report.Cell;
import org.reportintake.model.report.CellOrigin;
import org.reportintake.model.report.TemplateVersion;
import org.reportintake.validator.rules.CheckedReport;
import org.reportintake.validator.rules.ReportRule;
import org.reportintake.validator.rules.RuleCategory;
import org.reportintake.validator.rules.RuleSpec;
import org.reportintake.validator.rules.support.CellValues;
import org.reportintake.validator.rules.support.Locations;

/**
 * A3: in every row of table 三, 总计 = the sum of the six applicant columns. A 总计 left blank (some reports leave
 * the whole column blank) was computed before the rules ran ({@code BlankTotals}): the finding is a WARN that says
 * so, and the other rules check the computed value.
 */
public final class RowTotalRule implements ReportRule {

    private static final List<ApplicantColumn> APPLICANTS = List.of(ApplicantColumn.NATURAL_PERSON,
            ApplicantColumn.COMMERCIAL_ENTERPRISE, ApplicantColumn.RESEARCH_INSTITUTION,
            ApplicantColumn.PUBLIC_WELFARE_ORGANISATION, ApplicantColumn.LEGAL_SERVICE_INSTITUTION,
            ApplicantColumn.OTHER);

    private static final RuleSpec SPEC = RuleSpec.builder("A3", RuleCategory.ARITHMETIC)
            .versions(TemplateVersion.V30, TemplateVersion.V60)
            .title("表三每行：总计等于六类申请人之和", "Table 三, every row: 总计 = sum of the six applicant columns")
            .hint("核对该行：总计应等于自然人与法人或其他组织（商业企业、科研机构、社会公益组织、法律服务机构、其他）之和。",
                    "Check the row: 总计 must equal 自然人 plus the five 法人或其他组织 columns.")
            .message("mismatch", Severity.REJECT, "表三“{row}”行：总计为 {total}，但六类申请人之和为 {sum}。",
                    "Table 三, row “{row}”: 总计 is {total} but the six applicant columns add up to {sum}.")
            .message("totalBlank", Severity.WARN, "表三“{row}”行的总计为空，已按六类申请人之和计为 {sum}，请补填。",
                    "Table 三, row “{row}”: 总计 is blank; computed as {sum} from the six applicant columns. "
                            + "Please fill it in.")
            .build();

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public List<Finding> check(CheckedReport report) {
        ApplicationTable table = report.report().applications();
        if (table == null || table.cells() == null) {
            return List.of();
        }
        List<ApplicationRow> rows = ApplicationRow.rowsOf(report.version()).stream().toList();
        List<Finding> findings = new ArrayList<>();
        for (ApplicationRow row : rows) {
            Optional<BigDecimal> sum = sum(table, row);
            Optional<Cell> totalCell = table.cell(row, ApplicantColumn.TOTAL);
            Optional<BigDecimal> total = CellValues.of(totalCell);
            if (sum.isEmpty() || total.isEmpty()) {
                continue;
            }
            if (totalCell.get().origin() == CellOrigin.COMPUTED) {
                findings.add(SPEC.finding("totalBlank").with("row", row.label()).with("sum", sum.get())
                        .at(Locations.applications(row, ApplicantColumn.TOTAL))
                        .values(null, sum.get()).build());
            } else if (sum.get().compareTo(total.get()) != 0) {
                findings.add(SPEC.finding("mismatch").with("row", row.label())
                        .with("total", total.get()).with("sum", sum.get())
                        .at(Locations.applications(row, ApplicantColumn.TOTAL))
                        .values(total.get(), sum.get()).build());
            }
        }
        return findings;
    }

    private static Optional<BigDecimal> sum(ApplicationTable table, ApplicationRow row) {
        BigDecimal sum = BigDecimal.ZERO;
        for (ApplicantColumn column : APPLICANTS) {
            Optional<BigDecimal> value = CellValues.of(table, row, column);
            if (value.isEmpty()) {
                return Optional.empty();
            }
            sum = sum.add(value.get());
        }
        return Optional.of(sum);
    }
}
