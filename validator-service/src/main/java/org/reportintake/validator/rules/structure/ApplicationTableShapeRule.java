package org.reportintake.validator.rules.structure;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.reportintake.model.event.Finding;
import org.reportintake.model.event.Severity;
import org.reportintake.model.report.ApplicantColumn;
import org.reportintake.model.report.ApplicationRow;
import org.reportintake.model.report.ApplicationTable;
import org.reportintake.model.report.ApplicationTable.ApplicationCell;
import org.reportintake.model.report.TemplateVersion;
import org.reportintake.validator.rules.CheckedReport;
import org.reportintake.validator.rules.ReportRule;
import org.reportintake.validator.rules.RuleCategory;
import org.reportintake.validator.rules.RuleSpec;
import org.reportintake.validator.rules.support.Locations;

/** S4: table 三 has every row of its version (25 for V30, 23 for V60) and the seven applicant columns. */
public final class ApplicationTableShapeRule implements ReportRule {

    private static final RuleSpec SPEC = RuleSpec.builder("S4", RuleCategory.STRUCTURE)
            .versions(TemplateVersion.V30, TemplateVersion.V60)
            .title("表三行列完整（V30 共25行、V60 共23行，7列）",
                    "Table 三 has all rows (25 in V30, 23 in V60) and the 7 columns")
            .hint("使用统一格式的表三，保留全部行和“自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他、总计”七列，无数据填0。",
                    "Use the official table 三 with every row and the seven columns 自然人 … 总计; write 0 where "
                            + "there is nothing.")
            .message("missingRow", Severity.REJECT, "表三缺少“{row}”行。", "Table 三 lacks the row “{row}”.")
            .message("missingColumn", Severity.REJECT, "表三缺少“{column}”列。", "Table 三 lacks the column “{column}”.")
            // The row and the column are there, so the cell is: not mapping it is our reading, not the report.
            .message("missingCell", Severity.REVIEW, "表三“{row}”行“{column}”列未能可靠识别，待人工复核。",
                    "Table 三: the cell in row “{row}”, column “{column}” could not be mapped; referred for review.")
            .message("unexpectedRow", Severity.WARN, "表三含有{version}格式没有的行“{row}”。",
                    "Table 三 has the row “{row}”, which the {version} format does not have.")
            .build();

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public List<Finding> check(CheckedReport report) {
        ApplicationTable table = report.report().applications();
        if (table == null || table.cells() == null || table.cells().isEmpty()) {
            return List.of(); // S3 reports the missing table
        }
        Set<ApplicationRow> expectedRows = ApplicationRow.rowsOf(report.version());
        Set<ApplicantColumn> presentColumns = EnumSet.noneOf(ApplicantColumn.class);
        table.cells().stream().map(ApplicationCell::column).forEach(presentColumns::add);
        List<Finding> findings = new ArrayList<>();
        for (ApplicantColumn column : ApplicantColumn.values()) {
            if (!presentColumns.contains(column)) {
                findings.add(SPEC.finding("missingColumn").with("column", column.label())
                        .at(Locations.applications(null, column)).build());
            }
        }
        List<ApplicationRow> presentRows = table.rows();
        for (ApplicationRow row : expectedRows) {
            if (!presentRows.contains(row)) {
                findings.add(SPEC.finding("missingRow").with("row", row.label())
                        .at(Locations.applications(row, null)).build());
                continue;
            }
            for (ApplicantColumn column : presentColumns) {
                if (table.cell(row, column).isEmpty()) {
                    findings.add(SPEC.finding("missingCell").with("row", row.label()).with("column", column.label())
                            .at(Locations.applications(row, column)).build());
                }
            }
        }
        for (ApplicationRow row : presentRows) {
            if (!expectedRows.contains(row)) {
                findings.add(SPEC.finding("unexpectedRow").with("row", row.label()).with("version", report.version())
                        .at(Locations.applications(row, null)).build());
            }
        }
        return findings;
    }
}
