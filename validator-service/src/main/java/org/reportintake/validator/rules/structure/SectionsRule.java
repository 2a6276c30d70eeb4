package org.reportintake.validator.rules.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.reportintake.model.event.Finding;
import org.reportintake.model.event.FindingLocation;
import org.reportintake.model.event.Severity;
import org.reportintake.model.report.AnnualReport;
import org.reportintake.model.report.ReportSection;
import org.reportintake.model.report.SectionKind;
import org.reportintake.model.report.TemplateVersion;
import org.reportintake.validator.rules.CheckedReport;
import org.reportintake.validator.rules.ReportRule;
import org.reportintake.validator.rules.RuleCategory;
import org.reportintake.validator.rules.RuleSpec;
import org.reportintake.validator.rules.support.Headings;
import org.reportintake.validator.rules.support.Locations;

/**
 * S3: the six sections are present, in order, and sections 二/三/四 hold their tables.
 * A missing table or a section required by 条例 Art. 50 that is absent altogether is REJECT; renamed headings,
 * a missing heading whose content is there, and a wrong order are WARN.
 */
public final class SectionsRule implements ReportRule {

    private static final RuleSpec SPEC = RuleSpec.builder("S3", RuleCategory.STRUCTURE)
            .versions(TemplateVersion.V30, TemplateVersion.V60, TemplateVersion.UNKNOWN)
            .title("六个部分齐全、顺序正确，二、三、四部分含表格",
                    "Six sections present and in order; sections 二, 三 and 四 hold their tables")
            .hint("按统一格式依次编写六个部分（一、总体情况 … 六、其他需要报告的事项），并在第二、三、四部分填写统一格式表格。",
                    "Write the six sections in the official order (一、总体情况 … 六、其他需要报告的事项) and fill "
                            + "in the official tables in sections 二, 三 and 四.")
            .message("tableMissing", Severity.REJECT, "“{section}”部分缺少表{table}。",
                    "Section “{section}” lacks table {table}.")
            .message("sectionMissing", Severity.REJECT, "缺少“{section}”部分（《条例》第五十条规定的内容）。",
                    "Section “{section}” (required by 条例 Art. 50) is missing.")
            .message("headingMissing", Severity.WARN, "未找到“{section}”的标题，但其内容存在。",
                    "No heading “{section}” was found, although its content is present.")
            .message("generalMissing", Severity.WARN, "缺少“{section}”部分。", "Section “{section}” is missing.")
            .message("renamed", Severity.WARN, "标题“{heading}”与统一格式“{section}”不一致。",
                    "Heading “{heading}” differs from the official “{section}”.")
            .message("order", Severity.WARN, "“{section}”的位置不符合统一格式的顺序。",
                    "Section “{section}” is out of the official order.")
            .build();

    private static final Map<SectionKind, String> CONTENT_PHRASES = Map.of(
            SectionKind.PROBLEMS_AND_IMPROVEMENTS, "存在的主要问题",
            SectionKind.OTHER_MATTERS, "其他需要报告");

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public List<Finding> check(CheckedReport checked) {
        AnnualReport report = checked.report();
        List<ReportSection> sections = report.sections() == null ? List.of() : report.sections();
        List<Finding> findings = new ArrayList<>();
        for (SectionKind kind : SectionKind.values()) {
            Optional<ReportSection> section = sections.stream().filter(s -> s.kind() == kind).findFirst();
            boolean hasTable = hasTable(report, kind);
            if (section.isEmpty()) {
                findings.addAll(absent(kind, sections, hasTable));
            } else if (!Headings.isKnown(kind, section.get().heading())) {
                findings.add(SPEC.finding("renamed").with("heading", section.get().heading())
                        .with("section", kind.canonicalHeading()).at(Locations.section(kind)).build());
            }
            // A table the parser saw but could not map is not missing: its reading issue (X4) sends it to review.
            if (needsTable(kind) && !hasTable && !unread(report, tableOf(kind))) {
                findings.add(SPEC.finding("tableMissing").with("section", kind.canonicalHeading())
                        .with("table", tableOf(kind)).at(tableLocation(kind)).build());
            }
        }
        findings.addAll(order(sections));
        return findings;
    }

    private static List<Finding> absent(SectionKind kind, List<ReportSection> sections, boolean hasTable) {
        if (kind == SectionKind.GENERAL) {
            return List.of(SPEC.finding("generalMissing").with("section", kind.canonicalHeading())
                    .at(Locations.section(kind)).build());
        }
        // The table or a sentence of the section's content shows the section is there under no recognised heading.
        if (hasTable || mentionedElsewhere(kind, sections)) {
            return List.of(SPEC.finding("headingMissing").with("section", kind.canonicalHeading())
                    .at(Locations.section(kind)).build());
        }
        return List.of(SPEC.finding("sectionMissing").with("section", kind.canonicalHeading())
                .at(Locations.section(kind)).build());
    }

    private static boolean mentionedElsewhere(SectionKind kind, List<ReportSection> sections) {
        String phrase = CONTENT_PHRASES.get(kind);
        return phrase != null && sections.stream()
                .anyMatch(s -> s.text() != null && s.text().replace("其它", "其他").contains(phrase));
    }

    private static List<Finding> order(List<ReportSection> sections) {
        List<Finding> findings = new ArrayList<>();
        int highest = -1;
        for (ReportSection section : sections) {
            if (section.kind() == null) {
                continue;
            }
            if (section.kind().ordinal() < highest) {
                findings.add(SPEC.finding("order").with("section", section.kind().canonicalHeading())
                        .at(Locations.section(section.kind())).build());
            }
            highest = Math.max(highest, section.kind().ordinal());
        }
        return findings;
    }

    private static boolean needsTable(SectionKind kind) {
        return kind == SectionKind.ACTIVE_DISCLOSURE || kind == SectionKind.APPLICATIONS
                || kind == SectionKind.REVIEW_AND_LITIGATION;
    }

    private static boolean unread(AnnualReport report, String table) {
        return report.readingIssues().stream().anyMatch(issue -> table.equals(issue.table()));
    }

    private static boolean hasTable(AnnualReport report, SectionKind kind) {
        return switch (kind) {
            case ACTIVE_DISCLOSURE -> report.disclosures() != null && report.disclosures().cells() != null
                    && !report.disclosures().cells().isEmpty();
            case APPLICATIONS -> report.applications() != null && report.applications().cells() != null
                    && !report.applications().cells().isEmpty();
            case REVIEW_AND_LITIGATION -> report.cases() != null && report.cases().cells() != null
                    && !report.cases().cells().isEmpty();
            default -> false;
        };
    }

    private static String tableOf(SectionKind kind) {
        return switch (kind) {
            case ACTIVE_DISCLOSURE -> Locations.TABLE_DISCLOSURES;
            case APPLICATIONS -> Locations.TABLE_APPLICATIONS;
            default -> Locations.TABLE_CASES;
        };
    }

    private static FindingLocation tableLocation(SectionKind kind) {
        return new FindingLocation(kind.canonicalHeading(), tableOf(kind), null, null);
    }
}
