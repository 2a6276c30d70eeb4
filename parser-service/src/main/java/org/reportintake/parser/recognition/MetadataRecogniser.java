package org.reportintake.parser.recognition;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.reportintake.model.report.FormatNotice;
import org.reportintake.model.report.ReportMetadata;
import org.reportintake.model.report.StatisticalPeriod;
import org.reportintake.model.report.TemplateVersion;

/** Reads what the report says about itself: title, agency names, year, period, notice, signature, contact. */
final class MetadataRecogniser {

    private static final Pattern YEAR = Pattern.compile("(19|20)\\d{2}\\s*年");
    private static final Pattern TITLE_YEAR = Pattern.compile("^(.*?)(\\d{4})\\s*年");
    private static final Pattern PERIOD = Pattern.compile(
            "(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日\\s*(?:起)?\\s*(?:至|到|—|－|-|~|～)\\s*(?:(\\d{4})\\s*年\\s*)?(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Pattern NOTICE_30 = Pattern.compile("[〔\\[【(（]\\s*2021\\s*[〕\\]】)）]\\s*30\\s*号");
    private static final Pattern NOTICE_60 = Pattern.compile("[〔\\[【(（]\\s*2019\\s*[〕\\]】)）]\\s*60\\s*号");
    private static final Pattern CONTACT = Pattern.compile("请与\\s*([^，,。；;：:（(]{2,40}?)\\s*联系");
    private static final Pattern PHONE = Pattern.compile("(?:联系电话|咨询电话|电话|Tel|TEL)\\s*[：:]?\\s*([0-9０-９][0-9０-９\\-－—\\s()（）]{5,20}[0-9０-９])");
    private static final Pattern ADDRESS = Pattern.compile("(?:联系地址|通讯地址|地址)\\s*[：:]\\s*([^，,。；;）)\\n]{2,80})");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+\\-]+@[A-Za-z0-9.\\-]+\\.[A-Za-z]{2,}");
    private static final Pattern YEAR_FIRST = Pattern.compile("^\\d{4}\\s*年.*");
    /** The words PHONE and ADDRESS matches start with: searching starts at the first of them. */
    private static final String[] PHONE_WORDS = {"电话", "联系电话", "咨询电话", "Tel", "TEL"};
    private static final String[] ADDRESS_WORDS = {"地址", "联系地址", "通讯地址"};
    private static final Pattern SIGNATURE_INLINE = Pattern.compile("^\\s*(\\S{2,40}?)\\s+" + ChineseDates.DATE + "\\s*$");

    ReportMetadata recognise(List<String> paragraphs, TemplateVersion version) {
        String text = String.join("\n", paragraphs);
        String title = title(paragraphs);
        String agencyInTitle = null;
        Integer year = null;
        if (title != null) {
            Matcher m = TITLE_YEAR.matcher(title);
            if (m.find()) {
                agencyInTitle = m.group(1).strip().isEmpty() ? null : m.group(1).strip();
                year = Integer.parseInt(m.group(2));
            }
        }
        StatisticalPeriod period = period(text);
        if (year == null && period != null) {
            year = period.to().getYear();
        }
        String contactText = contactText(text);
        Matcher contact = CONTACT.matcher(text);
        String agencyInContact = contact.find() ? contact.group(1).strip() : null;
        String[] signature = signature(paragraphs);
        return new ReportMetadata(title, agencyInTitle, agencyInContact, signature[0], year, period, notice(text),
                version, signature[1] == null ? null : LocalDate.parse(signature[1]),
                first(PHONE, PHONE_WORDS, contactText, text), first(ADDRESS, ADDRESS_WORDS, contactText, text),
                email(contactText, text));
    }

    /**
     * The title: the first short paragraph naming the 年度报告, with the line before it when the title was
     * broken over two lines ("大通区人民政府办公室2023年政府" / "信息公开工作年度报告"). A title with a year is
     * preferred, so a navigation link such as "政府信息公开年度报告" left in a web page is passed over.
     */
    static String title(List<String> paragraphs) {
        String firstCandidate = null;
        int limit = Math.min(paragraphs.size(), 60);
        for (int i = 0; i < limit; i++) {
            String candidate = titleEndingAt(paragraphs, i);
            if (candidate == null) {
                continue;
            }
            if (YEAR.matcher(candidate).find()) {
                return candidate;
            }
            if (firstCandidate == null) {
                firstCandidate = candidate;
            }
        }
        return firstCandidate;
    }

    private static String titleEndingAt(List<String> paragraphs, int i) {
        String p = paragraphs.get(i).strip();
        if (p.isEmpty() || p.length() > 60 || p.contains("。") || !(p.contains("年度报告") || p.contains("年报"))) {
            return null;
        }
        boolean incomplete = YEAR_FIRST.matcher(p).matches() || !Labels.normalise(p).contains("政府信息公开");
        if (incomplete) {
            for (int j = i - 1; j >= 0; j--) {
                String previous = paragraphs.get(j).strip();
                if (previous.isEmpty()) {
                    continue;
                }
                if (previous.length() <= 30 && !previous.contains("。") && !previous.contains("：")) {
                    return previous + p;
                }
                break;
            }
        }
        return p;
    }

    private static StatisticalPeriod period(String text) {
        Matcher m = PERIOD.matcher(text);
        StatisticalPeriod fallback = null;
        while (m.find()) {
            LocalDate from = ChineseDates.date(m.group(1), m.group(2), m.group(3));
            String toYear = m.group(4) != null ? m.group(4) : m.group(1);
            LocalDate to = ChineseDates.date(toYear, m.group(5), m.group(6));
            if (from == null || to == null) {
                continue;
            }
            StatisticalPeriod period = new StatisticalPeriod(from, to);
            String before = text.substring(Math.max(0, m.start() - 30), m.start());
            if (before.contains("统计")) {
                return period;
            }
            if (fallback == null) {
                fallback = period;
            }
        }
        return fallback;
    }

    private static FormatNotice notice(String text) {
        if (cites(NOTICE_30, "2021", text)) {
            return FormatNotice.GUOBAN_2021_30;
        }
        if (cites(NOTICE_60, "2019", text)) {
            return FormatNotice.GUOBAN_2019_60;
        }
        return FormatNotice.NONE;
    }

    /**
     * Whether the notice pattern (an opening bracket, spaces, the year, …) occurs. Instead of trying the pattern
     * at every position of the report, it is tried only at the bracket in front of each occurrence of the year.
     */
    private static boolean cites(Pattern notice, String year, String text) {
        Matcher m = notice.matcher(text);
        for (int at = text.indexOf(year); at >= 0; at = text.indexOf(year, at + 1)) {
            int bracket = at - 1;
            while (bracket >= 0 && isRegexSpace(text.charAt(bracket))) {
                bracket--;
            }
            if (bracket >= 0 && m.region(bracket, text.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** The characters of \\s in a pattern compiled without UNICODE_CHARACTER_CLASS. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** The text from the "请与…联系" sentence on (contact details follow it), or everything when it is missing. */
    private static String contactText(String text) {
        Matcher m = CONTACT.matcher(text);
        return m.find() ? text.substring(m.start(), Math.min(text.length(), m.start() + 400)) : text;
    }

    private static String first(Pattern pattern, String[] words, String preferred, String all) {
        String found = find(pattern, words, preferred);
        return found != null ? found : find(pattern, words, all);
    }

    /**
     * Group 1 of the first match. Every match starts with one of the words, so the regex (which has no anchors
     * or lookbehind) is run from the first of them instead of trying every position of the whole report.
     */
    private static String find(Pattern pattern, String[] words, String text) {
        int start = -1;
        for (String word : words) {
            int at = text.indexOf(word);
            if (at >= 0 && (start < 0 || at < start)) {
                start = at;
            }
        }
        if (start < 0) {
            return null;
        }
        Matcher m = pattern.matcher(text).region(start, text.length());
        return m.find() ? m.group(1).strip() : null;
    }

    private static String email(String preferred, String all) {
        String found = email(preferred);
        return found != null ? found : email(all);
    }

    private static String email(String text) {
        if (text.indexOf('@') < 0) {
            return null; // skips the regex, which would otherwise try every run of letters and digits
        }
        Matcher m = EMAIL.matcher(text);
        return m.find() ? m.group() : null;
    }

    /** {agency, ISO date} from the signature block: a standalone date near the end and the name above it. */
    static String[] signature(List<String> paragraphs) {
        int seen = 0;
        for (int i = paragraphs.size() - 1; i >= 0 && seen < 8; i--) {
            String p = paragraphs.get(i).strip();
            if (p.isEmpty()) {
                continue;
            }
            seen++;
            LocalDate date = ChineseDates.standalone(p);
            if (date != null) {
                for (int j = i - 1; j >= 0; j--) {
                    String above = paragraphs.get(j).strip();
                    if (above.isEmpty()) {
                        continue;
                    }
                    boolean name = above.length() <= 40 && !above.contains("。") && !above.contains("，")
                            && SectionRecogniser.kindOf(above) == null && ChineseDates.standalone(above) == null;
                    return new String[] {name ? above : null, date.toString()};
                }
                return new String[] {null, date.toString()};
            }
            Matcher inline = SIGNATURE_INLINE.matcher(p);
            if (inline.matches() && !p.contains("。")) {
                LocalDate d = ChineseDates.date(inline.group(2), inline.group(3), inline.group(4));
                if (d != null) {
                    return new String[] {inline.group(1), d.toString()};
                }
            }
        }
        return new String[] {null, null};
    }
}
