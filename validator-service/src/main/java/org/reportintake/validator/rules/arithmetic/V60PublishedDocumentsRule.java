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

/**
 * A5 (V60 only): 第二十条第（一）项 本年新公开数量 ≤ 对外公开总数量. (本年新制作 ≥ 0 is N1's negative-count check.)
 */
public final class V60PublishedDocumentsRule implements ReportRule {

    private static final RuleSpec SPEC = RuleSpec.builder("A5", RuleCategory.ARITHMETIC)
            .versions(TemplateVersion.V60)
            .title("（60号格式）本年新公开数量不超过对外公开总数量",
                    "(V60) Documents newly published ≤ total documents published")
            .hint("核对表二第二十条第（一）项：对外公开总数量应包含本年新公开数量。",
                    "Check table 二, 第二十条第（一）项: the total published includes this year's new ones.")
            .message("exceeds", Severity.WARN, "表二“{row}”：本年新公开数量 {published} 大于对外公开总数量 {total}。",
                    "Table 二, “{row}”: newly published {published} exceeds the total published {total}.")
            .build();

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public List<Finding> check(CheckedReport report) {
        DisclosureTable table = report.report().disclosures();
        List<Finding> findings = new ArrayList<>();
        for (DisclosureRow row : List.of(DisclosureRow.REGULATIONS, DisclosureRow.NORMATIVE_DOCUMENTS)) {
            Optional<BigDecimal> published = CellValues.of(table, row, DisclosureColumn.NEWLY_PUBLISHED);
            Optional<BigDecimal> total = CellValues.of(table, row, DisclosureColumn.TOTAL_PUBLISHED);
            if (published.isPresent() && total.isPresent() && published.get().compareTo(total.get()) > 0) {
                findings.add(SPEC.finding("exceeds").with("row", row.label())
                        .with("published", published.get()).with("total", total.get())
                        .at(Locations.disclosures(row, DisclosureColumn.NEWLY_PUBLISHED))
                        .values(published.get(), total.get()).build());
            }
        }
        return findings;
    }
}
