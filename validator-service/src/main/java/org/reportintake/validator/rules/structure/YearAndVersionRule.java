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

/**
 * S1: the report year and the table format must be recognisable. Every report states its year and a report with
 * national tables has a format, so when we find neither it is our reading that failed: REVIEW, not REJECT. A report
 * without any table gets no version finding here; S3 rejects the missing tables.
 */
public final class YearAndVersionRule implements ReportRule {

    private static final RuleSpec SPEC = RuleSpec.builder("S1", RuleCategory.STRUCTURE)
            .versions(TemplateVersion.V30, TemplateVersion.V60, TemplateVersion.LEGACY, TemplateVersion.UNKNOWN)
            .title("识别报告年度与表格格式版本", "Report year and table format are recognisable")
            .hint("在标题或统计期限中写明报告年度，并使用国家统一格式的表格（本年制发件数等表头）。",
                    "State the report year in the title or the statistical period and use the national tables "
                            + "(headers such as 本年制发件数).")
            .message("noYear", Severity.REVIEW, "系统未能识别报告年度（标题和统计期限中均未读到），待人工复核。",
                    "We could not read the report year in the title or the statistical period; referred for review.")
            .message("unknownVersion", Severity.REVIEW,
                    "系统未能识别表格格式版本（既非〔2021〕30号也非〔2019〕60号格式的表头），待人工复核。",
                    "We could not tell the table format (neither 〔2021〕30号 nor 〔2019〕60号 headers); referred for "
                            + "review.")
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
        boolean anyTable = report.report().disclosures() != null || report.report().applications() != null
                || report.report().cases() != null;
        if (report.version() == TemplateVersion.UNKNOWN && anyTable) {
            findings.add(SPEC.finding("unknownVersion").at(Locations.report()).build());
        }
        return findings;
    }
}
