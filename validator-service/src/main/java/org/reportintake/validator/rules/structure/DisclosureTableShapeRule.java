package org.reportintake.validator.rules.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.reportintake.model.event.Finding;
import org.reportintake.model.event.Severity;
import org.reportintake.model.report.DisclosureColumn;
import org.reportintake.model.report.DisclosureRow;
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
 * S6: table 二 has the rows of its version (V30: 规章, 行政规范性文件, 行政许可, 行政处罚, 行政强制, 行政事业性收费).
 * A missing row is REJECT; a missing cell of a present row, a row of the other version and the old label
 * 规范性文件 in a V30 table are WARN.
 */
public final class DisclosureTableShapeRule implements ReportRule {

    private static final String OLD_LABEL = "规范性文件";

    private static final RuleSpec SPEC = RuleSpec.builder("S6", RuleCategory.STRUCTURE)
            .versions(TemplateVersion.V30, TemplateVersion.V60)
            .title("表二各行齐全", "Table 二 has every row of its format")
            .hint("使用统一格式的表二，保留规章、行政规范性文件、行政许可、行政处罚、行政强制、行政事业性收费各行，无数据填0。",
                    "Use the official table 二 with the rows 规章, 行政规范性文件, 行政许可, 行政处罚, 行政强制 and "
                            + "行政事业性收费; write 0 where there is nothing.")
            .message("missingRow", Severity.REJECT, "表二缺少“{row}”行（{item}）。", "Table 二 lacks the row “{row}” ({item}).")
            .message("missingCell", Severity.WARN, "表二“{row}”行缺少“{column}”。",
                    "Table 二: row “{row}” lacks “{column}”.")
            .message("unexpectedRow", Severity.WARN, "表二含有{version}格式没有的行“{row}”。",
                    "Table 二 has the row “{row}”, which the {version} format does not have.")
            .message("oldLabel", Severity.WARN, "表二使用旧称“{raw}”，统一格式为“{row}”。",
                    "Table 二 uses the old label “{raw}”; the official label is “{row}”.")
            .build();

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public List<Finding> check(CheckedReport report) {
        DisclosureTable table = report.report().disclosures();
        if (table == null || table.cells() == null || table.cells().isEmpty()) {
            return List.of(); // S3 reports the missing table
        }
        Map<DisclosureRow, List<DisclosureColumn>> layout = DisclosureLayout.of(report.version());
        List<DisclosureRow> present = table.rows();
        List<Finding> findings = new ArrayList<>();
        layout.forEach((row, columns) -> {
            if (!present.contains(row)) {
                findings.add(SPEC.finding("missingRow").with("row", row.label()).with("item", row.item())
                        .at(Locations.disclosures(row, null)).build());
                return;
            }
            for (DisclosureColumn column : columns) {
                if (table.cell(row, column).isEmpty()) {
                    findings.add(SPEC.finding("missingCell").with("row", row.label()).with("column", column.label())
                            .at(Locations.disclosures(row, column)).build());
                }
            }
        });
        for (DisclosureRow row : present) {
            if (!layout.containsKey(row)) {
                findings.add(SPEC.finding("unexpectedRow").with("row", row.label()).with("version", report.version())
                        .at(Locations.disclosures(row, null)).build());
            }
        }
        if (report.version() == TemplateVersion.V30) {
            table.cells().stream()
                    .filter(c -> c.row() == DisclosureRow.NORMATIVE_DOCUMENTS)
                    .map(DisclosureCell::rawRowLabel)
                    .filter(raw -> raw != null && OLD_LABEL.equals(raw.replaceAll("[\\s\\u00a0\\u3000]", "")))
                    .findFirst()
                    .ifPresent(raw -> findings.add(SPEC.finding("oldLabel").with("raw", raw)
                            .with("row", DisclosureRow.NORMATIVE_DOCUMENTS.label())
                            .at(Locations.disclosures(DisclosureRow.NORMATIVE_DOCUMENTS, null)).build()));
        }
        return findings;
    }
}
