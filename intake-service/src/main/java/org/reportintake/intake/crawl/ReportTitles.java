package org.reportintake.intake.crawl;

import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Tells report titles from everything else on a 年报 column (domain doc §8.4). */
final class ReportTitles {

    private static final Pattern REPORT = Pattern.compile("(\\d{4})年(度)?.*政府信息公开(工作)?年(度)?报(告)?");

    /** Words of notices about the reports (编制通知, 格式, 培训, 解读) rather than reports. */
    private static final List<String> EXCLUDED = List.of("关于", "通知", "格式", "编制", "培训", "会议", "部署", "解读", "图解",
            "征集", "模板");

    /** Column names for the 年报 column (§8.1). */
    private static final List<String> COLUMN_NAMES = List.of("政府信息公开年报", "政府信息公开工作年度报告", "政府信息公开年度报告",
            "信息公开年报", "信息公开年度报告", "公开年报", "年度报告", "年报");

    private static final Pattern COLUMN_HREF = Pattern.compile("(?i)(zfxxgknb|xxgknb|gknb|ndbg|xxgkndbg|annualreport)");

    private static final Pattern PLATFORM_NAME = Pattern.compile("政府信息公开|信息公开|政务公开");
    private static final Pattern PLATFORM_HREF = Pattern.compile("(?i)/(zfxxgk|xxgk|zwgk|gongkai|govxxgk)(/|\\b)");

    private ReportTitles() {
    }

    static boolean isReport(String title) {
        if (title == null) {
            return false;
        }
        String t = compact(title);
        if (!REPORT.matcher(t).find()) {
            return false;
        }
        for (String word : EXCLUDED) {
            if (t.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** The report year from the title, if it has one. */
    static OptionalInt year(String title) {
        Matcher m = REPORT.matcher(compact(title));
        return m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }

    /** A link to the 年报 column: by its name (not a report title) or by a fingerprint in its URL. */
    static boolean isColumnLink(String text, String href) {
        String t = compact(text);
        if (isReport(t)) {
            return false;
        }
        for (String name : COLUMN_NAMES) {
            if (t.equals(name) || (t.length() <= 16 && t.endsWith(name) && !t.contains("通知"))) {
                return true;
            }
        }
        return t.length() <= 16 && COLUMN_HREF.matcher(href).find();
    }

    /** A link to the 政府信息公开 platform or its index page. */
    static boolean isPlatformLink(String text, String href) {
        String t = compact(text);
        return (t.length() <= 12 && PLATFORM_NAME.matcher(t).find()) || (t.length() <= 12 && PLATFORM_HREF.matcher(href).find());
    }

    static String compact(String text) {
        return text == null ? "" : text.replaceAll("[\\s\\u00a0\\u3000]+", "");
    }
}
