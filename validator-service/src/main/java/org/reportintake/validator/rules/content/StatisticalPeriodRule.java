package org.reportintake.validator.rules.content;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.reportintake.model.event.Finding;
import org.reportintake.model.event.Severity;
import org.reportintake.model.report.ReportMetadata;
import org.reportintake.model.report.StatisticalPeriod;
import org.reportintake.model.report.TemplateVersion;
import org.reportintake.validator.rules.CheckedReport;
import org.reportintake.validator.rules.ReportRule;
import org.reportintake.validator.rules.RuleCategory;
import org.reportintake.validator.rules.RuleSpec;
import org.reportintake.validator.rules.support.Locations;

/** C5: the statistical period is stated and is 1 January – 31 December of year N; the title's year is N. */
public final class StatisticalPeriodRule implements ReportRule {

    private static final Pattern TITLE_YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");

    private static final RuleSpec SPEC = RuleSpec.builder("C5", RuleCategory.CONTENT)
            .versions(TemplateVersion.V30, TemplateVersion.V60, TemplateVersion.LEGACY, TemplateVersion.UNKNOWN)
            .title("统计期限为报告年度1月1日至12月31日，标题年度一致",
                    "Statistical period is 1 January – 31 December of the report year; the title's year agrees")
            .hint("在报告开头写明“本报告中所列数据的统计期限自N年1月1日起至N年12月31日止”，标题年度与之一致。",
                    "State at the start that the data cover 1 January to 31 December of year N, and use the same "
                            + "year in the title.")
            .message("missing", Severity.WARN, "报告未写明统计期限。", "The report does not state its statistical period.")
            .message("wrongPeriod", Severity.WARN, "统计期限为 {from} 至 {to}，应为 {year}年1月1日至12月31日。",
                    "The statistical period is {from} to {to}; it should be 1 January to 31 December {year}.")
            .message("titleYear", Severity.WARN, "标题中的年度 {titleYear} 与报告年度 {year} 不一致。",
                    "The title's year {titleYear} differs from the report year {year}.")
            .build();

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public List<Finding> check(CheckedReport report) {
        Integer year = report.year();
        if (year == null) {
            return List.of(); // S1 reports the missing year
        }
        ReportMetadata metadata = report.metadata();
        List<Finding> findings = new ArrayList<>();
        StatisticalPeriod period = metadata.statisticalPeriod();
        if (period == null || period.from() == null || period.to() == null) {
            findings.add(SPEC.finding("missing").at(Locations.report()).build());
        } else if (!period.from().equals(LocalDate.of(year, 1, 1)) || !period.to().equals(LocalDate.of(year, 12, 31))) {
            findings.add(SPEC.finding("wrongPeriod").with("from", period.from()).with("to", period.to())
                    .with("year", year).at(Locations.report()).build());
        }
        if (metadata.title() != null) {
            Matcher matcher = TITLE_YEAR.matcher(metadata.title());
            if (matcher.find() && Integer.parseInt(matcher.group(1)) != year) {
                findings.add(SPEC.finding("titleYear").with("titleYear", matcher.group(1)).with("year", year)
                        .at(Locations.report()).build());
            }
        }
        return findings;
    }
}
