package org.reportintake.validator.rules.failure;

import java.util.List;

import org.reportintake.model.event.Finding;
import org.reportintake.model.event.ParseFailure;
import org.reportintake.model.event.ParseFailureCode;
import org.reportintake.model.event.Severity;
import org.reportintake.model.report.TemplateVersion;
import org.reportintake.validator.rules.RuleCategory;
import org.reportintake.validator.rules.RuleSpec;
import org.reportintake.validator.rules.support.Locations;

/**
 * X1: the parser could not read the document; X2: the parser recognised a pre-2019 (LEGACY) report that has no
 * national tables. Either way there is no structured record, so the submission is one REJECT finding carrying the
 * parser's reason code and messages.
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
            .message("noReport", Severity.REJECT, "解析结果既无报告内容也无失败原因。",
                    "The parser returned neither a report nor a reason.")
            .build();

    public static final RuleSpec X2 = RuleSpec.builder("X2", RuleCategory.PARSE)
            .versions(TemplateVersion.LEGACY)
            .title("2019年以前的旧格式报告（不按新格式校验）",
                    "Pre-2019 legacy-format report (not checked against the current format)")
            .hint("2019年及以后年度的报告须使用国家统一格式（国办公开办函〔2021〕30号或〔2019〕60号）的三张表格。",
                    "Reports for 2019 and later must use the national tables (国办公开办函〔2021〕30号 or "
                            + "〔2019〕60号).")
            .message("legacy", Severity.REJECT, "旧格式报告（{code}），已归类为 LEGACY，未做勾稽校验：{reasonZh}",
                    "Legacy-format report ({code}), classified as LEGACY and not checked arithmetically: {reasonEn}")
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
        boolean legacy = failure.code() == ParseFailureCode.LEGACY_FORMAT;
        return (legacy ? X2.finding("legacy") : X1.finding("failed"))
                .with("code", failure.code())
                .with("reasonZh", orDash(failure.messageZh()))
                .with("reasonEn", orDash(failure.messageEn()))
                .at(Locations.report())
                .build();
    }

    private static String orDash(String text) {
        return text == null || text.isBlank() ? "—" : text;
    }
}
