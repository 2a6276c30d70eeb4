package org.reportintake.validator.rules.failure;

import java.util.ArrayList;
import java.util.List;

import org.reportintake.model.event.ParseFailureCode;
import org.reportintake.model.event.Verdict;

/**
 * Which verdict each parse-failure code leads to. The line between REJECTED and NEEDS_REVIEW: REJECTED when the
 * file is something the agency can and must fix (it cannot be opened, is protected, empty, not a report, over the
 * published upload limit, hostile); NEEDS_REVIEW when the failure is ours (our time or page budget ran out, our
 * storage lost the file, our reader failed, or the report is a scan we cannot read yet). A pre-2019 report is
 * LEGACY: stored and classified, never checked against the current formats.
 */
public final class ParseFailureOutcomes {

    /**
     * One row of the published table.
     *
     * @param code      the parser's reason code
     * @param verdict   the verdict it leads to
     * @param reasonZh  why, in Chinese
     * @param reasonEn  why, in English
     */
    public record Outcome(ParseFailureCode code, Verdict verdict, String reasonZh, String reasonEn) {
    }

    private ParseFailureOutcomes() {
    }

    public static Verdict verdictFor(ParseFailureCode code) {
        return outcomeOf(code).verdict();
    }

    /** Every code, in declaration order. */
    public static List<Outcome> table() {
        List<Outcome> rows = new ArrayList<>();
        for (ParseFailureCode code : ParseFailureCode.values()) {
            rows.add(outcomeOf(code));
        }
        return List.copyOf(rows);
    }

    private static Outcome outcomeOf(ParseFailureCode code) {
        // An exhaustive switch: a new code does not compile until its outcome is decided.
        return switch (code) {
            case EMPTY_FILE -> reject(code, "文件为空。", "The file is empty.");
            case UNSUPPORTED_FORMAT -> reject(code, "不是可受理的文件格式（docx、doc、PDF、网页或文本）。",
                    "Not an accepted format (docx, doc, PDF, HTML or text).");
            case CORRUPT_FILE -> reject(code, "文件已损坏，无法打开。", "The file is damaged and cannot be opened.");
            case ENCRYPTED -> reject(code, "文件设有密码或加密。", "The file is password-protected or encrypted.");
            case NOT_A_REPORT -> reject(code, "文件不是政府信息公开工作年度报告。",
                    "The file is not an annual report.");
            case TOO_LARGE -> reject(code, "文件超过公布的上传大小限制。", "The file exceeds the published upload limit.");
            case DECOMPRESSION_BOMB -> reject(code, "文件解压后异常膨胀，按不安全文件处理。",
                    "The file unpacks to an abnormal size and is treated as unsafe.");
            case EXTERNAL_ENTITY -> reject(code, "文件含外部实体声明，按不安全文件处理。",
                    "The file declares external entities and is treated as unsafe.");
            case UNREADABLE_ENCODING -> reject(code, "文本文件的字符编码无法识别（应为 UTF-8 或 GB18030）。",
                    "The text file's encoding is neither UTF-8 nor GB18030.");
            case IMAGE_ONLY -> review(code, "扫描件没有文字层，系统暂不能可靠识读，由人工复核。",
                    "A scan without a text layer: we cannot read it reliably yet, so a person checks it.");
            case TOO_MANY_PAGES -> review(code, "页数超出系统单次解析上限，属系统限制，由人工复核。",
                    "More pages than our parser reads in one go: our limit, so a person checks it.");
            case TIMEOUT -> review(code, "解析超时，属系统限制，由人工复核。",
                    "Parsing ran out of time: our limit, so a person checks it.");
            case FILE_MISSING -> review(code, "系统未能取回已上传的文件，由人工复核。",
                    "We could not fetch the stored upload, so a person checks it.");
            case INTERNAL_ERROR -> review(code, "解析程序内部错误，由人工复核。",
                    "The parser failed internally, so a person checks it.");
            case LEGACY_FORMAT -> new Outcome(code, Verdict.LEGACY, "2019年以前的旧格式报告，归类存档，不按现行格式校验。",
                    "A pre-2019 report: classified and kept, not checked against the current formats.");
        };
    }

    private static Outcome reject(ParseFailureCode code, String zh, String en) {
        return new Outcome(code, Verdict.REJECTED, zh, en);
    }

    private static Outcome review(ParseFailureCode code, String zh, String en) {
        return new Outcome(code, Verdict.NEEDS_REVIEW, zh, en);
    }
}
