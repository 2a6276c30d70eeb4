package org.reportintake.validator.rules.numbers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.reportintake.model.event.Finding;
import org.reportintake.model.event.Severity;
import org.reportintake.model.report.Cell;
import org.reportintake.model.report.TemplateVersion;
import org.reportintake.validator.rules.CheckedReport;
import org.reportintake.validator.rules.ReportRule;
import org.reportintake.validator.rules.RuleCategory;
import org.reportintake.validator.rules.RuleSpec;
import org.reportintake.validator.rules.support.LocatedCell;

/** N2: no blank or placeholder cells ("", "—", "-", "/", "无"); they are read as 0 and recorded. */
public final class BlankCellRule implements ReportRule {

    private static final RuleSpec SPEC = RuleSpec.builder("N2", RuleCategory.NUMBERS)
            .versions(TemplateVersion.V30, TemplateVersion.V60)
            .title("表格无空白单元格", "No blank cells in the tables")
            .hint("无数据的单元格请填写0，不要留空或填写“—”“/”“无”。",
                    "Write 0 in cells with nothing to report instead of leaving them blank or writing —, / or 无.")
            .message("blank", Severity.WARN, "表{table}“{position}”为空，按0处理。",
                    "Table {table}, “{position}” is blank; read as 0.")
            .message("placeholder", Severity.WARN, "表{table}“{position}”填写了“{raw}”而非数字，按0处理。",
                    "Table {table}, “{position}” holds “{raw}” instead of a number; read as 0.")
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
            if (cell != null && cell.isEmpty()) {
                String raw = cell.raw() == null ? "" : cell.raw().strip();
                findings.add(SPEC.finding(raw.isEmpty() ? "blank" : "placeholder").with("table", located.table())
                        .with("position", located.position()).with("raw", raw)
                        .at(located.location()).values(null, BigDecimal.ZERO).build());
            }
        }
        return findings;
    }
}
