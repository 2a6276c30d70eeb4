package org.reportintake.validator.rules.content;

import java.util.ArrayList;
import java.util.List;

import org.reportintake.model.event.Finding;
import org.reportintake.model.event.Severity;
import org.reportintake.model.report.ReportSection;
import org.reportintake.model.report.SectionKind;
import org.reportintake.model.report.TemplateVersion;
import org.reportintake.validator.rules.CheckedReport;
import org.reportintake.validator.rules.ReportRule;
import org.reportintake.validator.rules.RuleCategory;
import org.reportintake.validator.rules.RuleSpec;
import org.reportintake.validator.rules.support.Locations;

/**
 * C3: section 五 names problems and the measures taken (WARN when either is missing); it is recommended to report
 * on last year's problems (INFO).
 */
public final class ProblemsSectionRule implements ReportRule {

    private static final List<String> PROBLEM_WORDS = List.of("问题", "不足", "短板", "差距", "薄弱", "欠缺", "不够");
    private static final List<String> MEASURE_WORDS =
            List.of("改进", "措施", "整改", "下一步", "加强", "强化", "提升", "完善", "推进", "进一步");
    private static final List<String> LAST_YEAR_WORDS = List.of("上一年", "上年", "去年", "上年度");

    private static final RuleSpec SPEC = RuleSpec.builder("C3", RuleCategory.CONTENT)
            .versions(TemplateVersion.V30, TemplateVersion.V60)
            .title("第五部分写明存在的问题和改进措施", "Section 五 states the problems and the measures taken")
            .hint("在“五、存在的主要问题及改进情况”中具体写明存在的问题、改进措施，并说明上一年度问题的整改情况。",
                    "In section 五, name the problems concretely, the measures taken, and how last year's problems "
                            + "were dealt with.")
            .message("empty", Severity.WARN, "“{section}”为空或缺失。", "“{section}” is empty or missing.")
            .message("noProblems", Severity.WARN, "“{section}”未写明存在的问题。",
                    "“{section}” does not name any problem.")
            .message("noMeasures", Severity.WARN, "“{section}”未写明改进措施。",
                    "“{section}” does not state any measure.")
            .message("noLastYear", Severity.INFO, "“{section}”未提及上一年度（{previousYear}年）问题的整改情况。",
                    "“{section}” does not mention how last year's ({previousYear}) problems were dealt with.")
            .build();

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public List<Finding> check(CheckedReport report) {
        String section = SectionKind.PROBLEMS_AND_IMPROVEMENTS.canonicalHeading();
        String text = report.report().sections() == null ? ""
                : report.report().section(SectionKind.PROBLEMS_AND_IMPROVEMENTS).map(ReportSection::text).orElse("");
        text = text == null ? "" : text.replaceAll("\\s", "");
        List<Finding> findings = new ArrayList<>();
        if (text.isEmpty()) {
            findings.add(SPEC.finding("empty").with("section", section)
                    .at(Locations.section(SectionKind.PROBLEMS_AND_IMPROVEMENTS)).build());
            return findings;
        }
        if (PROBLEM_WORDS.stream().noneMatch(text::contains)) {
            findings.add(SPEC.finding("noProblems").with("section", section)
                    .at(Locations.section(SectionKind.PROBLEMS_AND_IMPROVEMENTS)).build());
        }
        if (MEASURE_WORDS.stream().noneMatch(text::contains)) {
            findings.add(SPEC.finding("noMeasures").with("section", section)
                    .at(Locations.section(SectionKind.PROBLEMS_AND_IMPROVEMENTS)).build());
        }
        Integer year = report.year();
        boolean mentionsLastYear = LAST_YEAR_WORDS.stream().anyMatch(text::contains)
                || (year != null && text.contains((year - 1) + "年"));
        if (year != null && !mentionsLastYear) {
            findings.add(SPEC.finding("noLastYear").with("section", section).with("previousYear", year - 1)
                    .at(Locations.section(SectionKind.PROBLEMS_AND_IMPROVEMENTS)).build());
        }
        return findings;
    }
}
