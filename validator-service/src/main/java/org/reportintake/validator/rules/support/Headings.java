package org.reportintake.validator.rules.support;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.reportintake.model.report.SectionKind;

/** Section headings: the canonical heading and the variants seen in real reports (format doc §2.1). */
public final class Headings {

    // Extractors lose or re-render docx numbering ("4、", "（2）", "一、"), so numbering is ignored.
    private static final Pattern NUMBERING = Pattern.compile("^[（(]?[一二三四五六七八九十0-9]{1,2}[）)]?[、.．]?");
    private static final Pattern NOISE = Pattern.compile("[\\s\\u00a0\\u3000、，,：:。.．;；\"“”]");

    private static final Map<SectionKind, List<String>> ACCEPTED = new EnumMap<>(SectionKind.class);

    static {
        ACCEPTED.put(SectionKind.GENERAL, List.of("总体情况"));
        ACCEPTED.put(SectionKind.ACTIVE_DISCLOSURE, List.of("主动公开政府信息情况", "行政机关主动公开政府信息情况"));
        ACCEPTED.put(SectionKind.APPLICATIONS,
                List.of("收到和处理政府信息公开申请情况", "行政机关收到和处理政府信息公开申请情况"));
        ACCEPTED.put(SectionKind.REVIEW_AND_LITIGATION, List.of("政府信息公开行政复议、行政诉讼情况",
                "政府信息公开行政复议和行政诉讼情况", "因政府信息公开工作被申请行政复议、提起行政诉讼情况",
                "政府信息公开行政复议行政诉讼情况"));
        ACCEPTED.put(SectionKind.PROBLEMS_AND_IMPROVEMENTS,
                List.of("存在的主要问题及改进情况", "政府信息公开工作存在的主要问题及改进情况"));
        ACCEPTED.put(SectionKind.OTHER_MATTERS, List.of("其他需要报告的事项", "其他需要报告事项"));
    }

    private Headings() {
    }

    /** The heading without numbering, spaces or punctuation; 其它 is read as 其他. */
    public static String normalize(String heading) {
        if (heading == null) {
            return "";
        }
        String trimmed = heading.strip();
        String unnumbered = NUMBERING.matcher(trimmed).replaceFirst("");
        return NOISE.matcher(unnumbered).replaceAll("").replace("其它", "其他");
    }

    /** True when the heading is the canonical one or a known variant, numbering aside. */
    public static boolean isKnown(SectionKind kind, String heading) {
        String normalized = normalize(heading);
        return ACCEPTED.get(kind).stream().map(Headings::normalize).anyMatch(normalized::equals);
    }
}
