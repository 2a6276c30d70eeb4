package org.reportintake.validator.rules.content;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.reportintake.model.event.Finding;
import org.reportintake.model.event.Severity;
import org.reportintake.model.report.AnnualReport;
import org.reportintake.model.report.DisclosureColumn;
import org.reportintake.model.report.ReportSection;
import org.reportintake.model.report.SectionKind;
import org.reportintake.model.report.TemplateVersion;
import org.reportintake.validator.rules.CheckedReport;
import org.reportintake.validator.rules.ReportRule;
import org.reportintake.validator.rules.RuleCategory;
import org.reportintake.validator.rules.RuleSpec;
import org.reportintake.validator.rules.support.LocatedCell;
import org.reportintake.validator.rules.support.Locations;
import org.reportintake.validator.rules.support.PreviousYear;

/**
 * C4: not a copy of the same agency's previous-year report (30号 warns against "内容雷同、敷衍塞责"). The text of
 * sections 一 and 五 is compared by character-bigram similarity; the tables are a copy when every cell equals last
 * year's and something actually happened (all-zero tables of a quiet agency are legitimately the same each year).
 */
public final class SameAsPreviousYearRule implements ReportRule {

    static final double TEXT_SIMILARITY_LIMIT = 0.9;
    /** Shorter texts ("无。") are alike by nature. */
    static final int MIN_TEXT_LENGTH = 100;

    /** Stocks carry over from year to year; only flows show that something happened. */
    private static final Set<String> STOCK_COLUMNS = Set.of(DisclosureColumn.IN_FORCE.label(),
            DisclosureColumn.TOTAL_PUBLISHED.label(), DisclosureColumn.PREVIOUS_YEAR_ITEMS.label());

    private static final RuleSpec SPEC = RuleSpec.builder("C4", RuleCategory.CONTENT)
            .versions(TemplateVersion.V30, TemplateVersion.V60)
            .title("与上一年度报告内容不雷同", "Not a copy of the previous year's report")
            .hint("按本年度实际工作情况重新编写总体情况和存在的主要问题及改进情况，并填写本年度统计数据。",
                    "Write sections 一 and 五 afresh for this year's work and fill in this year's figures.")
            .message("textCopied", Severity.WARN, "第一、五部分文字与{previousYear}年度报告的相似度为 {percent}%。",
                    "Sections 一 and 五 are {percent}% similar to the {previousYear} report.")
            .message("tablesCopied", Severity.WARN, "表格 {cells} 个单元格的数据与{previousYear}年度报告完全相同。",
                    "All {cells} table cells are identical to the {previousYear} report.")
            .build();

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public List<Finding> check(CheckedReport report) {
        if (PreviousYear.of(report) != PreviousYear.USABLE) {
            return List.of(); // A6/A7 already note the missing comparison
        }
        AnnualReport previous = report.previousYear();
        Integer previousYear = PreviousYear.yearOf(previous);
        List<Finding> findings = new ArrayList<>();
        String text = text(report.report());
        String previousText = text(previous);
        if (text.length() >= MIN_TEXT_LENGTH && previousText.length() >= MIN_TEXT_LENGTH) {
            double similarity = similarity(text, previousText);
            if (similarity > TEXT_SIMILARITY_LIMIT) {
                findings.add(SPEC.finding("textCopied").with("previousYear", previousYear)
                        .with("percent", BigDecimal.valueOf(Math.round(similarity * 100)))
                        .at(Locations.section(SectionKind.GENERAL)).build());
            }
        }
        identicalCells(report.report(), previous).ifPresent(cells -> findings.add(SPEC.finding("tablesCopied")
                .with("previousYear", previousYear).with("cells", cells).at(Locations.report()).build()));
        return findings;
    }

    private static String text(AnnualReport report) {
        if (report.sections() == null) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (SectionKind kind : List.of(SectionKind.GENERAL, SectionKind.PROBLEMS_AND_IMPROVEMENTS)) {
            report.section(kind).map(ReportSection::text).ifPresent(text::append);
        }
        // Years differ by design in a copied report ("2023年" vs "2022年"), so digits are left out.
        return text.toString().replaceAll("[\\s\\u00a0\\u3000\\d]", "");
    }

    /** Dice coefficient of the character-bigram multisets, 0 (nothing shared) to 1 (same text). */
    static double similarity(String a, String b) {
        Map<String, Integer> left = bigrams(a);
        Map<String, Integer> right = bigrams(b);
        int total = a.length() - 1 + b.length() - 1;
        if (total <= 0) {
            return 0;
        }
        int shared = 0;
        for (Map.Entry<String, Integer> entry : left.entrySet()) {
            shared += Math.min(entry.getValue(), right.getOrDefault(entry.getKey(), 0));
        }
        return 2.0 * shared / total;
    }

    private static Map<String, Integer> bigrams(String text) {
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i + 2 <= text.length(); i++) {
            counts.merge(text.substring(i, i + 2), 1, Integer::sum);
        }
        return counts;
    }

    /** The number of cells when every cell equals last year's and some flow is non-zero; empty otherwise. */
    private static Optional<Integer> identicalCells(AnnualReport report, AnnualReport previous) {
        Map<String, BigDecimal> now = values(report);
        Map<String, BigDecimal> before = values(previous);
        if (now.isEmpty() || !now.keySet().equals(before.keySet())) {
            return Optional.empty();
        }
        boolean somethingHappened = false;
        for (Map.Entry<String, BigDecimal> entry : now.entrySet()) {
            BigDecimal last = before.get(entry.getKey());
            if (entry.getValue() == null || last == null || entry.getValue().compareTo(last) != 0) {
                return Optional.empty();
            }
            String column = entry.getKey().substring(entry.getKey().lastIndexOf('|') + 1);
            somethingHappened |= entry.getValue().signum() != 0 && !STOCK_COLUMNS.contains(column);
        }
        return somethingHappened ? Optional.of(now.size()) : Optional.empty();
    }

    private static Map<String, BigDecimal> values(AnnualReport report) {
        Map<String, BigDecimal> values = new HashMap<>();
        for (LocatedCell cell : LocatedCell.all(report)) {
            String key = cell.table() + "|" + cell.location().rowLabel() + "|" + cell.location().columnLabel();
            values.put(key, cell.cell() == null ? null : cell.cell().valueOrZero());
        }
        return values;
    }
}
