package org.reportintake.parser.recognition;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.reportintake.model.report.ReadingIssue;
import org.reportintake.model.report.ReadingIssueKind;
import org.reportintake.model.report.ReportSection;
import org.reportintake.model.report.SectionKind;

/**
 * Tells a table we could not read from a table that is really absent. A table of kind 二/三/四 that was neither
 * recognised nor recovered from flattened text gets a TABLE_NOT_MAPPED reading issue (NEEDS_REVIEW) when
 * <ul>
 * <li>a document table was classified as that kind and carries digits (its rows or columns could not be mapped),
 * or</li>
 * <li>the section 二/三/四 text has a line that is not a sentence (no "。"), names one of that table's row or
 * header words and carries a digit, or has such words on some lines and lines of bare numbers on others.</li>
 * </ul>
 * Otherwise the table stays absent, which the validator rightly rejects (S3).
 */
final class TablesNotMapped {

    private static final String[] DISCLOSURE_WORDS = {"第二十条", "信息内容", "规章", "规范性文件", "行政许可", "行政处罚",
        "行政强制", "行政事业性收费"};
    private static final String[] APPLICATION_WORDS = {"本年新收", "上年结转", "予以公开", "部分公开", "不予公开", "无法提供",
        "不予处理", "其他处理", "结转下年", "申请人情况"};
    /** 行政复议/行政诉讼 too: a line such as "行政复议21317" without a sentence end is table text, not narrative. */
    private static final String[] CASE_WORDS = {"结果维持", "结果纠正", "其他结果", "尚未审结", "复议后起诉", "直接起诉",
        "行政复议", "行政诉讼"};

    private TablesNotMapped() {
    }

    static List<ReadingIssue> issues(Map<TableKind, TableClassifier.Rows> tables, List<ReportSection> sections,
            boolean disclosuresMissing, boolean applicationsMissing, boolean casesMissing) {
        List<ReadingIssue> out = new ArrayList<>();
        if (disclosuresMissing && carriesContent(tables.get(TableKind.DISCLOSURES),
                section(sections, SectionKind.ACTIVE_DISCLOSURE), DISCLOSURE_WORDS)) {
            out.add(issue("二"));
        }
        if (applicationsMissing && carriesContent(tables.get(TableKind.APPLICATIONS),
                section(sections, SectionKind.APPLICATIONS), APPLICATION_WORDS)) {
            out.add(issue("三"));
        }
        if (casesMissing && carriesContent(tables.get(TableKind.CASES),
                section(sections, SectionKind.REVIEW_AND_LITIGATION), CASE_WORDS)) {
            out.add(issue("四"));
        }
        return out;
    }

    private static String section(List<ReportSection> sections, SectionKind kind) {
        for (ReportSection s : sections) {
            if (s.kind() == kind) {
                return s.text();
            }
        }
        return null;
    }

    private static boolean carriesContent(TableClassifier.Rows table, String sectionText, String[] words) {
        if (table != null) {
            // A document table classified as this kind that could not be read is ours to review, digits or not
            // (its data row may have been dropped by the converter, or be all blank).
            return true;
        }
        if (sectionText == null) {
            return false;
        }
        boolean namesARow = false;
        boolean bareNumbers = false;
        for (String line : sectionText.split("\n")) {
            if (line.indexOf('。') >= 0) {
                continue;
            }
            String l = Labels.normalise(line);
            boolean word = false;
            for (String w : words) {
                word |= l.contains(w);
            }
            if (word && hasDigit(line)) {
                return true;
            }
            if (distinctWords(l, words) >= 3) {
                return true; // a header line of the table (结果维持 结果纠正 … 尚未审结) with its numbers lost
            }
            namesARow |= word;
            FlattenedRun run = FlattenedRun.of(line);
            bareNumbers |= run != null && run.label().isEmpty() && run.digitCount() >= 2;
        }
        // labels on their own lines and the numbers on others (an extractor that writes each cell as a line)
        return namesARow && bareNumbers;
    }

    private static int distinctWords(String normalised, String[] words) {
        int count = 0;
        for (String w : words) {
            count += normalised.contains(w) ? 1 : 0;
        }
        return count;
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (FlattenedRun.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static ReadingIssue issue(String table) {
        return new ReadingIssue(ReadingIssueKind.TABLE_NOT_MAPPED, table, null, null, null, List.of(),
                "第" + table + "部分有表格内容（行标题和数字），但未能识别出表" + table + "的行列，需人工核对原表。",
                "Section " + table + " carries table content (row labels and numbers) but table " + table
                        + " could not be mapped. Check the original table.");
    }
}
