package org.reportintake.parser.recognition;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.reportintake.model.report.ClaimKind;
import org.reportintake.model.report.NarrativeClaim;
import org.reportintake.model.report.SectionKind;

/** Finds the numbers the narrative states about applications, reviews, lawsuits and 规范性文件 (rule T1). */
final class ClaimRecogniser {

    private static final Pattern SENTENCE = Pattern.compile("[^。；;！!？?\\n]+[。；;！!？?]?");
    private static final String N = "(\\d+)\\s*";
    private static final String DOCS = "(?:行政)?规范性文件";
    private static final Map<ClaimKind, List<Pattern>> PATTERNS = new LinkedHashMap<>();

    static {
        add(ClaimKind.APPLICATIONS_NEW, "新收(?:到)?(?:各类)?(?:政府信息公开|依申请公开|信息公开)?(?:申请)?(?:共)?" + N + "件");
        add(ClaimKind.APPLICATIONS_CARRIED_FROM_PREVIOUS_YEAR, "上(?:一)?年度?结转(?:的)?(?:政府信息公开|依申请公开)?(?:申请)?" + N + "件");
        add(ClaimKind.APPLICATIONS_RECEIVED,
                "(?:收到|受理)(?:了)?(?:各类|依申请公开|政府信息公开|信息公开|依申请)*(?:申请|信息)?(?:共)?(?:计)?" + N + "(?:件|条|个)",
                "(?:共)?(?:收到|受理)" + N + "件(?:政府信息公开|依申请公开)?申请");
        add(ClaimKind.APPLICATIONS_HANDLED,
                "(?:共)?(?<!继续)(?:办结|答复|办理)(?:了)?(?:各类)?(?:政府信息公开|信息公开|依申请公开)?(?:申请)?(?:共)?" + N + "件");
        add(ClaimKind.APPLICATIONS_CARRIED_TO_NEXT_YEAR, "结转(?:至|到)?下(?:一)?年度?(?:继续办理)?(?:的)?(?:申请)?" + N + "件");
        add(ClaimKind.APPLICATIONS_DISCLOSED, "予以公开" + N + "件");
        add(ClaimKind.ADMINISTRATIVE_REVIEWS, "行政复议(?:案件|申请)?(?:共)?" + N + "(?:件|起)", N + "(?:件|起)行政复议");
        add(ClaimKind.LAWSUITS, "行政诉讼(?:案件)?(?:共)?" + N + "(?:件|起)", N + "(?:件|起)行政诉讼");
        add(ClaimKind.NORMATIVE_DOCUMENTS_ISSUED,
                "(?:制发|发布|印发|出台|制定)(?:了)?" + DOCS + "(?:共)?" + N + "(?:件|条|个|份)",
                "(?:制发|发布|印发|出台|制定)(?:了)?" + N + "(?:件|条|个|份)" + DOCS);
        add(ClaimKind.NORMATIVE_DOCUMENTS_REPEALED,
                "(?:废止|清理)(?:了)?" + DOCS + "(?:共)?" + N + "(?:件|条|个|份)",
                "(?:废止|清理)(?:了)?" + N + "(?:件|条|个|份)" + DOCS,
                "(?:废止|清理)(?:了)?(?:共)?" + N + "(?:件|条|个|份)");
        add(ClaimKind.NORMATIVE_DOCUMENTS_IN_FORCE,
                "现行有效(?:的)?" + DOCS + "(?:共)?" + N + "(?:件|条|个|份)",
                "现行有效(?:的)?(?:共)?" + N + "(?:件|条|个|份)");
    }

    private static void add(ClaimKind kind, String... regexes) {
        List<Pattern> list = new ArrayList<>();
        for (String regex : regexes) {
            list.add(Pattern.compile(regex));
        }
        PATTERNS.put(kind, list);
    }

    /** One paragraph with the section it belongs to (null before the first heading). */
    record Located(String text, SectionKind section) {
    }

    List<NarrativeClaim> recognise(List<Located> paragraphs) {
        List<NarrativeClaim> claims = new ArrayList<>();
        for (Located paragraph : paragraphs) {
            Matcher sentences = SENTENCE.matcher(paragraph.text());
            while (sentences.find()) {
                String sentence = sentences.group().strip();
                if (sentence.isEmpty()) {
                    continue;
                }
                for (Map.Entry<ClaimKind, List<Pattern>> entry : PATTERNS.entrySet()) {
                    // The bare forms ("废止3件", "现行有效40件") only count in a sentence about 规范性文件.
                    if (entry.getKey().name().startsWith("NORMATIVE_DOCUMENTS") && !sentence.contains("规范性文件")) {
                        continue;
                    }
                    for (Pattern pattern : entry.getValue()) {
                        Matcher m = pattern.matcher(sentence);
                        if (m.find()) {
                            claims.add(new NarrativeClaim(entry.getKey(), new BigDecimal(m.group(1)),
                                    paragraph.section(), sentence));
                            break;
                        }
                    }
                }
            }
        }
        return claims;
    }
}
