package org.reportintake.parser.recognition;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.reportintake.model.report.ReportSection;
import org.reportintake.model.report.SectionKind;

/**
 * Finds the six sections by the words of their headings, not by their numbering, which docx extraction loses
 * or rewrites ("总体情况", "（2）", "4、"). Headings are short lines and must come in the fixed order.
 */
final class SectionRecogniser {

    private static final int MAX_HEADING_LENGTH = 40;
    /** A parenthesised number marks a sub-item unless it is the section's own number. */
    private static final Pattern SUB_ITEM = Pattern.compile("\\(([一二三四五六七八九十0-9]{1,3})\\)");

    /** A heading found at a paragraph index. */
    record Heading(SectionKind kind, int paragraphIndex, String text) {
    }

    List<Heading> headings(List<String> paragraphs) {
        List<Heading> found = new ArrayList<>();
        int lastOrdinal = -1;
        for (int i = 0; i < paragraphs.size(); i++) {
            SectionKind kind = kindOf(paragraphs.get(i));
            if (kind != null && kind.ordinal() > lastOrdinal) {
                found.add(new Heading(kind, i, paragraphs.get(i).strip()));
                lastOrdinal = kind.ordinal();
            }
        }
        return found;
    }

    List<ReportSection> sections(List<String> paragraphs, List<Heading> headings) {
        List<ReportSection> sections = new ArrayList<>();
        for (int h = 0; h < headings.size(); h++) {
            Heading heading = headings.get(h);
            int end = h + 1 < headings.size() ? headings.get(h + 1).paragraphIndex() : paragraphs.size();
            List<String> body = new ArrayList<>();
            for (int i = heading.paragraphIndex() + 1; i < end; i++) {
                String p = paragraphs.get(i).strip();
                if (!p.isEmpty()) {
                    body.add(p);
                }
            }
            sections.add(new ReportSection(heading.kind(), heading.text(), String.join("\n", body)));
        }
        return sections;
    }

    static SectionKind kindOf(String paragraph) {
        SectionKind kind = kindByWords(paragraph);
        if (kind == null) {
            return null; // most paragraphs: no need to look for a sub-item number
        }
        Matcher subItem = SUB_ITEM.matcher(Labels.normalise(paragraph));
        if (subItem.lookingAt() && ChineseDates.number(subItem.group(1)) != kind.ordinal() + 1) {
            return null; // "（一）主动公开政府信息情况" is a sub-item of 一; "（2）主动公开政府信息情况" is section 二
        }
        return kind;
    }

    private static SectionKind kindByWords(String paragraph) {
        if (paragraph.indexOf('。') >= 0) {
            // Normalising keeps every "。" (NFKC leaves it as it is), so the check below would reject this
            // paragraph anyway; body text is most paragraphs and need not be normalised just to find that out.
            return null;
        }
        String l = Labels.withoutNumbering(paragraph);
        if (l.isEmpty() || l.length() > MAX_HEADING_LENGTH || l.contains("。")) {
            return null;
        }
        if (l.startsWith("总体情况") || l.equals("概述") || l.equals("总体概述")) {
            return SectionKind.GENERAL;
        }
        if (l.contains("主动公开政府信息情况") || l.equals("主动公开情况")) {
            return l.startsWith("主动公开情况") && !paragraph.strip().startsWith("二") ? null : SectionKind.ACTIVE_DISCLOSURE;
        }
        if (l.contains("收到和处理政府信息公开申请")) {
            return SectionKind.APPLICATIONS;
        }
        if ((l.contains("复议") && l.contains("诉讼"))) {
            return SectionKind.REVIEW_AND_LITIGATION;
        }
        if (l.contains("存在的主要问题") || l.contains("存在主要问题") || l.contains("问题及改进") || l.contains("问题和改进")
                || l.contains("整改措施") || l.contains("下一步工作")) {
            return SectionKind.PROBLEMS_AND_IMPROVEMENTS;
        }
        if (l.contains("其他需要报告") || l.contains("其它需要报告")) {
            return SectionKind.OTHER_MATTERS;
        }
        return null;
    }
}
