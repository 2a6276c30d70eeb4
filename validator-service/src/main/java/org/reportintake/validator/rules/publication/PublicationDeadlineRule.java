package org.reportintake.validator.rules.publication;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.reportintake.model.agency.IssuerType;
import org.reportintake.model.event.Finding;
import org.reportintake.model.event.Severity;
import org.reportintake.model.report.TemplateVersion;
import org.reportintake.validator.rules.CheckedReport;
import org.reportintake.validator.rules.ReportRule;
import org.reportintake.validator.rules.RuleCategory;
import org.reportintake.validator.rules.RuleSpec;
import org.reportintake.validator.rules.support.Locations;

/**
 * P1, 条例 Art. 49: published by 31 January of N+1 (departments, towns, other issuers) or 31 March of N+1 (a
 * people's government's report for its own level). Reports for 2018 and earlier fall under the 2008 条例, which gave
 * every issuer until 31 March. The date is the site's publication date, else the signature date.
 */
public final class PublicationDeadlineRule implements ReportRule {

    private static final int FIRST_YEAR_OF_2019_REGULATION = 2019;

    private static final RuleSpec SPEC = RuleSpec.builder("P1", RuleCategory.PUBLICATION)
            .versions(TemplateVersion.V30, TemplateVersion.V60, TemplateVersion.LEGACY, TemplateVersion.UNKNOWN)
            .title("按时发布（部门1月31日前，本级人民政府3月31日前）",
                    "Published on time (departments by 31 January, a people's government's own report by 31 March)")
            .hint("按《条例》第四十九条，政府部门、乡镇街道等应于每年1月31日前、县级以上人民政府应于3月31日前公布上一年度报告。",
                    "Under 条例 Art. 49, departments, towns and other issuers publish by 31 January, and a people's "
                            + "government its own report by 31 March, of the following year.")
            .message("late", Severity.WARN, "{dateSource}为 {date}，晚于{issuer}的法定期限 {deadline}（逾期 {days} 天）。",
                    "The {dateSourceEn} is {date}, after the {issuerEn} deadline {deadline} ({days} days late).")
            .message("noDate", Severity.INFO, "没有发布日期或落款日期，无法核对发布时限。",
                    "No publication or signature date; the deadline could not be checked.")
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
        boolean fromSite = report.publishedOn() != null;
        LocalDate date = fromSite ? report.publishedOn()
                : report.metadata() == null ? null : report.metadata().signatureDate();
        if (date == null) {
            return List.of(SPEC.finding("noDate").at(Locations.report()).build());
        }
        boolean marchDeadline = year < FIRST_YEAR_OF_2019_REGULATION
                || report.issuerType() == IssuerType.PEOPLES_GOVERNMENT;
        LocalDate deadline = marchDeadline ? LocalDate.of(year + 1, 3, 31) : LocalDate.of(year + 1, 1, 31);
        if (!date.isAfter(deadline)) {
            return List.of();
        }
        long days = ChronoUnit.DAYS.between(deadline, date);
        return List.of(SPEC.finding("late")
                .with("dateSource", fromSite ? "网站发布日期" : "落款日期")
                .with("dateSourceEn", fromSite ? "publication date" : "signature date")
                .with("date", date).with("deadline", deadline).with("days", days)
                .with("issuer", issuerZh(report, year)).with("issuerEn", issuerEn(report, year))
                .at(Locations.report()).build());
    }

    private static String issuerZh(CheckedReport report, int year) {
        if (year < FIRST_YEAR_OF_2019_REGULATION) {
            return "旧《条例》";
        }
        String type = switch (report.issuerType()) {
            case PEOPLES_GOVERNMENT -> "人民政府本级报告";
            case DEPARTMENT -> "政府部门";
            case TOWN_OR_STREET -> "乡镇（街道）";
            case OTHER -> "其他机关";
        };
        return report.issuerTypeInferred() ? type + "（按名称推断）" : type;
    }

    private static String issuerEn(CheckedReport report, int year) {
        if (year < FIRST_YEAR_OF_2019_REGULATION) {
            return "2008-regulation";
        }
        String type = switch (report.issuerType()) {
            case PEOPLES_GOVERNMENT -> "people's government";
            case DEPARTMENT -> "department";
            case TOWN_OR_STREET -> "town or street";
            case OTHER -> "other issuer";
        };
        return report.issuerTypeInferred() ? type + " (inferred from the name)" : type;
    }
}
