package org.reportintake.parser.recognition;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.reportintake.model.report.ClaimKind;
import org.reportintake.model.report.NarrativeClaim;
import org.reportintake.model.report.SectionKind;

/** Finds the numbers the narrative states about applications, reviews, lawsuits and 规范性文件 (rule T1). */
final class ClaimRecogniser {

    private static final String N = "(\\d+)\\s*";
    private static final String DOCS = "(?:行政)?规范性文件";
    /** Every claim pattern ends its number with one of these units. */
    private static final String UNITS = "件条个起份";
    private static final List<Rule> RULES = List.of(
            rule(ClaimKind.APPLICATIONS_NEW, List.of("新收"),
                    "新收(?:到)?(?:各类)?(?:政府信息公开|依申请公开|信息公开)?(?:申请)?(?:共)?" + N + "件"),
            rule(ClaimKind.APPLICATIONS_CARRIED_FROM_PREVIOUS_YEAR, List.of("结转"),
                    "上(?:一)?年度?结转(?:的)?(?:政府信息公开|依申请公开)?(?:申请)?" + N + "件"),
            rule(ClaimKind.APPLICATIONS_RECEIVED, List.of("收到", "受理"),
                    "(?:收到|受理)(?:了)?(?:各类|依申请公开|政府信息公开|信息公开|依申请)*(?:申请|信息)?(?:共)?(?:计)?" + N + "(?:件|条|个)",
                    "(?:共)?(?:收到|受理)" + N + "件(?:政府信息公开|依申请公开)?申请"),
            rule(ClaimKind.APPLICATIONS_HANDLED, List.of("办结", "答复", "办理"),
                    "(?:共)?(?<!继续)(?:办结|答复|办理)(?:了)?(?:各类)?(?:政府信息公开|信息公开|依申请公开)?(?:申请)?(?:共)?" + N + "件"),
            rule(ClaimKind.APPLICATIONS_CARRIED_TO_NEXT_YEAR, List.of("结转"),
                    "结转(?:至|到)?下(?:一)?年度?(?:继续办理)?(?:的)?(?:申请)?" + N + "件"),
            rule(ClaimKind.APPLICATIONS_DISCLOSED, List.of("予以公开"), "予以公开" + N + "件"),
            rule(ClaimKind.ADMINISTRATIVE_REVIEWS, List.of("行政复议"),
                    "行政复议(?:案件|申请)?(?:共)?" + N + "(?:件|起)", N + "(?:件|起)行政复议"),
            rule(ClaimKind.LAWSUITS, List.of("行政诉讼"),
                    "行政诉讼(?:案件)?(?:共)?" + N + "(?:件|起)", N + "(?:件|起)行政诉讼"),
            rule(ClaimKind.NORMATIVE_DOCUMENTS_ISSUED, List.of("制发", "发布", "印发", "出台", "制定"),
                    "(?:制发|发布|印发|出台|制定)(?:了)?" + DOCS + "(?:共)?" + N + "(?:件|条|个|份)",
                    "(?:制发|发布|印发|出台|制定)(?:了)?" + N + "(?:件|条|个|份)" + DOCS),
            rule(ClaimKind.NORMATIVE_DOCUMENTS_REPEALED, List.of("废止", "清理"),
                    "(?:废止|清理)(?:了)?" + DOCS + "(?:共)?" + N + "(?:件|条|个|份)",
                    "(?:废止|清理)(?:了)?" + N + "(?:件|条|个|份)" + DOCS,
                    "(?:废止|清理)(?:了)?(?:共)?" + N + "(?:件|条|个|份)"),
            rule(ClaimKind.NORMATIVE_DOCUMENTS_IN_FORCE, List.of("现行有效"),
                    "现行有效(?:的)?" + DOCS + "(?:共)?" + N + "(?:件|条|个|份)",
                    "现行有效(?:的)?(?:共)?" + N + "(?:件|条|个|份)"));

    /**
     * The patterns of one claim kind, tried in order, and words every one of them contains: a sentence
     * without any of the words cannot match, so the patterns are not run on it.
     */
    private record Rule(ClaimKind kind, List<String> words, List<Pattern> patterns, boolean aboutNormativeDocuments) {

        boolean mayMatch(String sentence) {
            for (String word : words) {
                if (sentence.contains(word)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static Rule rule(ClaimKind kind, List<String> words, String... regexes) {
        List<Pattern> patterns = new ArrayList<>();
        for (String regex : regexes) {
            patterns.add(Pattern.compile(regex));
        }
        return new Rule(kind, words, List.copyOf(patterns), kind.name().startsWith("NORMATIVE_DOCUMENTS"));
    }

    /** One paragraph with the section it belongs to (null before the first heading). */
    record Located(String text, SectionKind section) {
    }

    List<NarrativeClaim> recognise(List<Located> paragraphs) {
        List<NarrativeClaim> claims = new ArrayList<>();
        for (Located paragraph : paragraphs) {
            String text = paragraph.text();
            int end = 0;
            int start;
            while ((start = nextSentenceStart(text, end)) >= 0) {
                end = sentenceEnd(text, start);
                String sentence = text.substring(start, end).strip();
                if (sentence.isEmpty() || !mayHoldClaim(sentence)) {
                    continue;
                }
                boolean aboutNormativeDocuments = sentence.contains("规范性文件");
                for (Rule rule : RULES) {
                    // The bare forms ("废止3件", "现行有效40件") only count in a sentence about 规范性文件.
                    if (rule.aboutNormativeDocuments() && !aboutNormativeDocuments || !rule.mayMatch(sentence)) {
                        continue;
                    }
                    for (Pattern pattern : rule.patterns()) {
                        Matcher m = pattern.matcher(sentence);
                        if (m.find()) {
                            claims.add(new NarrativeClaim(rule.kind(), new BigDecimal(m.group(1)),
                                    paragraph.section(), sentence));
                            break;
                        }
                    }
                }
            }
        }
        return claims;
    }

    /**
     * Sentences are runs of characters other than 。；;！!？? and line breaks, each with the terminator that
     * ends it (the regex {@code [^。；;！!？?\n]+[。；;！!？?]?}), split by hand because it runs on every paragraph.
     */
    private static int nextSentenceStart(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\n' && !isTerminator(c)) {
                return i;
            }
        }
        return -1;
    }

    private static int sentenceEnd(String text, int start) {
        int i = start;
        while (i < text.length() && text.charAt(i) != '\n' && !isTerminator(text.charAt(i))) {
            i++;
        }
        return i < text.length() && isTerminator(text.charAt(i)) ? i + 1 : i;
    }

    private static boolean isTerminator(char c) {
        return c == '。' || c == '；' || c == ';' || c == '！' || c == '!' || c == '？' || c == '?';
    }

    /** Every claim pattern needs an ASCII digit and a unit after it; most sentences have neither. */
    private static boolean mayHoldClaim(String sentence) {
        boolean digit = false;
        boolean unit = false;
        for (int i = 0; i < sentence.length() && !(digit && unit); i++) {
            char c = sentence.charAt(i);
            digit |= c >= '0' && c <= '9';
            unit |= UNITS.indexOf(c) >= 0;
        }
        return digit && unit;
    }
}
