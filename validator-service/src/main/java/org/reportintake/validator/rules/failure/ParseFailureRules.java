package org.reportintake.validator.rules.failure;

import java.util.List;

import org.reportintake.model.event.Finding;
import org.reportintake.model.event.ParseFailure;
import org.reportintake.model.event.Severity;
import org.reportintake.model.event.Verdict;
import org.reportintake.model.report.TemplateVersion;
import org.reportintake.validator.rules.RuleCategory;
import org.reportintake.validator.rules.RuleSpec;
import org.reportintake.validator.rules.support.Locations;

/**
 * X1: the parser could not read the document; REJECT or REVIEW by the code's outcome
 * ({@link ParseFailureOutcomes}). X2: a pre-2019 (LEGACY) report, by its layout or its year: classified, not checked.
 */
public final class ParseFailureRules {

    public static final RuleSpec X1 = RuleSpec.builder("X1", RuleCategory.PARSE)
            .versions(TemplateVersion.V30, TemplateVersion.V60, TemplateVersion.LEGACY, TemplateVersion.UNKNOWN)
            .title("文件无法解析为年度报告", "The document could not be read as an annual report")
            .hint("请按解析提示修正文件后重新提交（可编辑的 docx、带文字层的 PDF 或网页），表格须为国家统一格式。",
                    "Fix the file as the parser explains and resubmit it (editable docx, PDF with a text layer or "
                            + "HTML) with the national tables.")
            .message("failed", Severity.REJECT, "无法解析（{code}）：{reasonZh}",
                    "Could not be parsed ({code}): {reasonEn}")
            .message("ours", Severity.REVIEW, "系统未能完成解析（{code}）：{reasonZh}，转人工复核。",
                    "We could not finish reading the file ({code}): {reasonEn}; referred for review.")
            .message("noReport", Severity.REVIEW, "解析结果既无报告内容也无失败原因，转人工复核。",
                    "The parser returned neither a report nor a reason; referred for review.")
            .build();

    public static final RuleSpec X2 = RuleSpec.builder("X2", RuleCategory.PARSE)
            .versions(TemplateVersion.LEGACY)
            .title("历史格式年报（2018年及以前），不适用现行格式校验",
                    "Historical-format report (2018 or earlier), not checked against the current format")
            .hint("无需处理：2018年及以前的报告归类存档，不按〔2019〕60号、〔2021〕30号格式校验。",
                    "Nothing to do: reports for 2018 and earlier are classified and kept, not checked against the "
                            + "2019/2021 formats.")
            .message("legacy", Severity.INFO, "旧格式报告（{code}），已归类为历史格式年报，未做格式与勾稽校验：{reasonZh}",
                    "Legacy-format report ({code}), classified as historical and not checked: {reasonEn}")
            .message("legacyLayout", Severity.INFO, "报告使用2019年以前的统计表格式，已归类为历史格式年报，未做格式与勾稽校验。",
                    "The report uses the pre-2019 statistics table: classified as historical and not checked.")
            .message("legacyYear", Severity.INFO, "报告年度为{year}年（2018年及以前），已归类为历史格式年报，未做格式与勾稽校验。",
                    "The report is for {year} (2018 or earlier): classified as historical and not checked.")
            .build();

    private ParseFailureRules() {
    }

    public static List<RuleSpec> specs() {
        return List.of(X1, X2);
    }

    /** The single finding for a failed parse; a null failure means the event had neither report nor failure. */
    public static Finding findingFor(ParseFailure failure) {
        if (failure == null) {
            return X1.finding("noReport").at(Locations.report()).build();
        }
        Verdict verdict = ParseFailureOutcomes.verdictFor(failure.code());
        String key = switch (verdict) {
            case LEGACY -> "legacy";
            case NEEDS_REVIEW -> "ours";
            default -> "failed";
        };
        return (verdict == Verdict.LEGACY ? X2 : X1).finding(key)
                .with("code", failure.code())
                .with("reasonZh", orDash(failure.messageZh()))
                .with("reasonEn", orDash(failure.messageEn()))
                .at(Locations.report())
                .build();
    }

    /** The finding for a report read in the current layout whose year is 2018 or earlier. */
    public static Finding legacyYear(int year) {
        return X2.finding("legacyYear").with("year", year).at(Locations.report()).build();
    }

    /** The finding for a report in the pre-2019 layout whose year could not be read. */
    public static Finding legacyLayout() {
        return X2.finding("legacyLayout").at(Locations.report()).build();
    }

    private static String orDash(String text) {
        return text == null || text.isBlank() ? "—" : text;
    }
}
