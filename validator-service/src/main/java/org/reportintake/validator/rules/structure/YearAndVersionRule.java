package org.reportintake.validator.rules.structure;

import java.util.ArrayList;
import java.util.List;

import org.reportintake.model.event.Finding;
import org.reportintake.model.event.Severity;
import org.reportintake.model.report.TemplateVersion;
import org.reportintake.validator.rules.CheckedReport;
import org.reportintake.validator.rules.ReportRule;
import org.reportintake.validator.rules.RuleCategory;
import org.reportintake.validator.rules.RuleSpec;
import org.reportintake.validator.rules.support.Locations;

/** S1: the report year and the table format must be recognisable; a LEGACY report is classified, not checked. */
public final class YearAndVersionRule implements ReportRule {

    private static final RuleSpec SPEC = RuleSpec.builder("S1", RuleCategory.STRUCTURE)
            .versions(TemplateVersion.V30, TemplateVersion.V60, TemplateVersion.LEGACY, TemplateVersion.UNKNOWN)
            .title("识别报告年度与表格格式版本", "Report year and table format are recognisable")
            .hint("在标题或统计期限中写明报告年度，并使用国家统一格式的表格（本年制发件数等表头）。",
                    "State the report year in the title or the statistical period and use the national tables "
                            + "(headers such as 本年制发件数).")
            .message("noYear", Severity.REJECT, "无法识别报告年度（标题和统计期限中均未找到）。",
                    "The report year could not be found in the title or the statistical period.")
            .message("unknownVersion", Severity.REJECT, "无法识别表格格式版本（既非〔2021〕30号也非〔2019〕60号格式）。",
                    "The table format is neither the 〔2021〕30号 nor the 〔2019〕60号 format.")
            .message("legacy", Severity.INFO, "已归类为2019年以前的旧格式报告（LEGACY），不做表格勾稽校验。",
                    "Classified as a pre-2019 legacy report; the table arithmetic is not checked.")
            .build();

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public List<Finding> check(CheckedReport report) {
        List<Finding> findings = new ArrayList<>();
        if (report.year() == null) {
            findings.add(SPEC.finding("noYear").at(Locations.report()).build());
        }
        if (report.version() == TemplateVersion.UNKNOWN) {
            findings.add(SPEC.finding("unknownVersion").at(Locations.report()).build());
        } else if (report.version() == TemplateVersion.LEGACY) {
            findings.add(SPEC.finding("legacy").at(Locations.report()).build());
        }
        return findings;
    }
}
