package org.reportintake.validator.rules.reading;

import java.util.ArrayList;
import java.util.List;

import org.reportintake.model.event.Finding;
import org.reportintake.model.event.FindingLocation;
import org.reportintake.model.event.Severity;
import org.reportintake.model.report.ReadingIssue;
import org.reportintake.model.report.ReadingIssueKind;
import org.reportintake.model.report.SectionKind;
import org.reportintake.model.report.TemplateVersion;
import org.reportintake.validator.rules.CheckedReport;
import org.reportintake.validator.rules.ReportRule;
import org.reportintake.validator.rules.RuleCategory;
import org.reportintake.validator.rules.RuleSpec;
import org.reportintake.validator.rules.support.Locations;

/**
 * X4: what the parser could not read with confidence (a table it could not map, a flattened run of digits with
 * several or no valid splits, an uncertain cell, low OCR confidence). The problem is our reading, not the report,
 * so each one is a REVIEW finding and the verdict is NEEDS_REVIEW: the supervising office decides.
 */
public final class ReadingIssueRule implements ReportRule {

    public static final RuleSpec SPEC = RuleSpec.builder("X4", RuleCategory.PARSE)
            .versions(TemplateVersion.V30, TemplateVersion.V60, TemplateVersion.UNKNOWN)
            .title("部分内容未能可靠读取，待人工复核", "Part of the report could not be read with confidence; referred for review")
            .hint("无需报送单位处理：由上级政务公开主管部门人工核对原文。",
                    "Nothing for the agency to do: the supervising office checks the original.")
            .message("issue", Severity.REVIEW, "{where}{what}{candidates}",
                    "{whereEn}{whatEn}{candidatesEn}")
            .build();

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public List<Finding> check(CheckedReport report) {
        List<Finding> findings = new ArrayList<>();
        for (ReadingIssue issue : report.report().readingIssues()) {
            findings.add(SPEC.finding("issue")
                    .with("where", where(issue, "表", "“", " / ", "”", "："))
                    .with("what", or(issue.detailZh(), whatZh(issue.kind())))
                    .with("candidates", issue.candidates().isEmpty() ? ""
                            : "（可能的读法：" + String.join("；", issue.candidates()) + "）")
                    .with("whereEn", where(issue, "Table ", ", “", " / ", "”", ": "))
                    .with("whatEn", or(issue.detailEn(), whatEn(issue.kind())))
                    .with("candidatesEn", issue.candidates().isEmpty() ? ""
                            : " (possible readings: " + String.join("; ", issue.candidates()) + ")")
                    .at(location(issue))
                    .build());
        }
        return findings;
    }

    private static FindingLocation location(ReadingIssue issue) {
        if (issue.table() == null) {
            return Locations.report();
        }
        SectionKind section = switch (issue.table()) {
            case Locations.TABLE_DISCLOSURES -> SectionKind.ACTIVE_DISCLOSURE;
            case Locations.TABLE_APPLICATIONS -> SectionKind.APPLICATIONS;
            case Locations.TABLE_CASES -> SectionKind.REVIEW_AND_LITIGATION;
            default -> null;
        };
        return new FindingLocation(section == null ? null : section.canonicalHeading(), issue.table(),
                issue.rowLabel(), issue.columnLabel());
    }

    /** "表三“row / column”：" or "Table 三, “row / column”: "; empty for the whole report. */
    private static String where(ReadingIssue issue, String table, String open, String between, String close,
            String colon) {
        if (issue.table() == null) {
            return "";
        }
        StringBuilder where = new StringBuilder(table).append(issue.table());
        if (issue.rowLabel() != null) {
            where.append(open).append(issue.rowLabel());
            if (issue.columnLabel() != null) {
                where.append(between).append(issue.columnLabel());
            }
            where.append(close);
        }
        return where.append(colon).toString();
    }

    private static String whatZh(ReadingIssueKind kind) {
        return switch (kind) {
            case TABLE_NOT_MAPPED -> "表格内容存在，但系统未能可靠识别其行列。";
            case FLATTENED_AMBIGUOUS -> "单元格边界丢失，连排数字有多种符合勾稽关系的拆分。";
            case FLATTENED_UNSOLVED -> "单元格边界丢失，连排数字没有符合勾稽关系的拆分。";
            case UNCERTAIN_CELL -> "数值未能可靠读取。";
            case LOW_OCR_CONFIDENCE -> "文字识别（OCR）置信度低。";
        };
    }

    private static String whatEn(ReadingIssueKind kind) {
        return switch (kind) {
            case TABLE_NOT_MAPPED -> "the table is there but its rows and columns could not be mapped with confidence.";
            case FLATTENED_AMBIGUOUS -> "cell boundaries were lost and the run of digits has several valid splits.";
            case FLATTENED_UNSOLVED -> "cell boundaries were lost and no split of the run of digits adds up.";
            case UNCERTAIN_CELL -> "the value could not be read with confidence.";
            case LOW_OCR_CONFIDENCE -> "OCR read this with low confidence.";
        };
    }

    private static String or(String text, String fallback) {
        return text == null || text.isBlank() ? fallback : text;
    }
}
