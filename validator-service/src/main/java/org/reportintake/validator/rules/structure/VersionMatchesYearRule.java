package org.reportintake.validator.rules.structure;

import java.util.List;

import org.reportintake.model.event.Finding;
import org.reportintake.model.event.Severity;
import org.reportintake.model.report.FormatNotice;
import org.reportintake.model.report.TemplateVersion;
import org.reportintake.validator.rules.CheckedReport;
import org.reportintake.validator.rules.ReportRule;
import org.reportintake.validator.rules.RuleCategory;
import org.reportintake.validator.rules.RuleSpec;
import org.reportintake.validator.rules.support.Locations;

/**
 * S2: the table format must be the one in force for the report year: N ≥ 2021 ⇒ V30, N ∈ {2019, 2020} ⇒ V60,
 * N ≤ 2018 ⇒ LEGACY. Old tables in a new report are REJECT; a mismatch of the cited notice alone is WARN.
 */
public final class VersionMatchesYearRule implements ReportRule {

    private static final RuleSpec SPEC = RuleSpec.builder("S2", RuleCategory.STRUCTURE)
            .versions(TemplateVersion.V30, TemplateVersion.V60, TemplateVersion.LEGACY)
            .title("表格格式版本与报告年度相符", "The table format is the one in force for the report year")
            .hint("2021年及以后年度使用国办公开办函〔2021〕30号格式，2019、2020年度使用〔2019〕60号格式；正文引用的通知应与表格一致。",
                    "Use the 〔2021〕30号 format for 2021 onward and the 〔2019〕60号 format for 2019 and 2020; "
                            + "cite the notice that matches the tables.")
            .message("oldTables", Severity.REJECT, "{year}年度报告使用了〔2019〕60号格式的表格，未使用新格式（〔2021〕30号）。",
                    "The {year} report uses the 〔2019〕60号 tables instead of the current 〔2021〕30号 format.")
            .message("noNationalTables", Severity.REJECT, "{year}年度报告未使用国家统一格式的表格（旧格式统计表）。",
                    "The {year} report uses the pre-2019 statistics table instead of the national tables.")
            .message("oldCitation", Severity.WARN, "表格为〔2021〕30号格式，但正文引用的是〔2019〕60号。",
                    "The tables follow 〔2021〕30号 but the text cites 〔2019〕60号.")
            .message("newCitation", Severity.WARN, "表格为〔2019〕60号格式，但正文引用的是〔2021〕30号。",
                    "The tables follow 〔2019〕60号 but the text cites 〔2021〕30号.")
            .message("newTablesEarly", Severity.WARN, "{year}年度报告使用了{version}格式的表格，该年度应使用{expected}格式。",
                    "The {year} report uses the {version} tables; that year's format is {expected}.")
            .build();

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public List<Finding> check(CheckedReport report) {
        Integer year = report.year();
        if (year == null) {
            return List.of();
        }
        TemplateVersion expected = year >= 2021 ? TemplateVersion.V30
                : year >= 2019 ? TemplateVersion.V60 : TemplateVersion.LEGACY;
        TemplateVersion version = report.version();
        if (version == expected) {
            return citationFindings(report, version);
        }
        if (version == TemplateVersion.V60 && expected == TemplateVersion.V30) {
            return List.of(SPEC.finding("oldTables").with("year", year).at(Locations.report()).build());
        }
        if (version == TemplateVersion.LEGACY) {
            return List.of(SPEC.finding("noNationalTables").with("year", year).at(Locations.report()).build());
        }
        return List.of(SPEC.finding("newTablesEarly").with("year", year).with("version", version)
                .with("expected", expected).at(Locations.report()).build());
    }

    private static List<Finding> citationFindings(CheckedReport report, TemplateVersion version) {
        FormatNotice notice = report.metadata().formatNotice();
        if (version == TemplateVersion.V30 && notice == FormatNotice.GUOBAN_2019_60) {
            return List.of(SPEC.finding("oldCitation").at(Locations.report()).build());
        }
        if (version == TemplateVersion.V60 && notice == FormatNotice.GUOBAN_2021_30) {
            return List.of(SPEC.finding("newCitation").at(Locations.report()).build());
        }
        return List.of();
    }
}
