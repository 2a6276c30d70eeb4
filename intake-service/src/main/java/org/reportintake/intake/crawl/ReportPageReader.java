package org.reportintake.intake.crawl;

import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads a report detail page: title, 发布日期, 发布机构, the report tables and the attachments. */
final class ReportPageReader {

    /** Content containers of the common CMSs (TRS, Hanweb, ucap, VSB, generic). */
    private static final List<String> CONTENT_SELECTORS = List.of(".TRS_Editor", "#zoom", ".zoom", "#UCAP-CONTENT",
            "ucapcontent", ".view.TRS_UEDITOR", "#vsb_content", ".v_news_content", ".article-content", ".article_content",
            "#content", ".content", "article");

    private static final List<String> TABLE_MARKERS = List.of("收到和处理政府信息公开申请情况", "主动公开政府信息情况",
            "本年新收政府信息公开申请数量", "政府信息公开行政复议", "行政复议、行政诉讼");

    /** Words found in the cells of the report's own tables (not in a page's 索引号/发布机构 metadata table). */
    private static final List<String> REPORT_TABLE_WORDS = List.of("新收", "行政复议", "行政诉讼", "申请人", "办理结果", "规章",
            "规范性文件", "行政许可", "行政处罚");

    private static final String DATE = "(\\d{4})\\s*[-年/.]\\s*(\\d{1,2})\\s*[-月/.]\\s*(\\d{1,2})";
    /** 发布日期 and 公开日期 say when it was published; 成文日期 (when it was written) is only a fallback. */
    private static final Pattern PUBLISHED_LABEL = Pattern.compile("(发布日期|公开日期|发布时间|发文日期|发布于)\\s*[：:]?\\s*" + DATE);
    private static final Pattern WRITTEN_LABEL = Pattern.compile("(成文日期)\\s*[：:]?\\s*" + DATE);
    private static final Pattern ANY_DATE = Pattern.compile(DATE);
    private static final Pattern PUBLISHER_LABEL = Pattern.compile("(发布机构|信息来源|来源)\\s*[：:]\\s*([^\\s|｜　]{2,40})");
    private static final Pattern TRS_URL_DATE = Pattern.compile("/t(\\d{4})(\\d{2})(\\d{2})_\\d+");
    private static final Pattern HANWEB_URL_DATE = Pattern.compile("/art/(\\d{4})/(\\d{1,2})/(\\d{1,2})/");
    private static final Pattern ATTACHMENT = Pattern.compile("(?i)\\.(docx|doc|wps|pdf)$");
    private static final Map<String, Integer> FORMAT_PREFERENCE = Map.of("docx", 0, "doc", 1, "wps", 2, "pdf", 3);

    private ReportPageReader() {
    }

    static ReportPage read(Document page, URI url, String listTitle) {
        String title = title(page, listTitle);
        Element content = content(page);
        boolean tables = !content.select("table").isEmpty() && hasMarker(content.text());
        String reportHtml = normalised(title, content);
        return new ReportPage(url, title, publishedOn(page, url).orElse(null), publisher(page).orElse(null), tables,
                reportHtml, attachments(page, title));
    }

    private static String title(Document page, String listTitle) {
        String meta = meta(page, "ArticleTitle");
        if (meta != null && !meta.isBlank()) {
            return meta.strip();
        }
        for (String selector : List.of("h1", ".title", "#title", ".article-title")) {
            Element e = page.selectFirst(selector);
            if (e != null && ReportTitles.isReport(e.text())) {
                return e.text().strip();
            }
        }
        if (listTitle != null && !listTitle.isBlank()) {
            return listTitle.strip();
        }
        return page.title().strip();
    }

    static Optional<LocalDate> publishedOn(Document page, URI url) {
        String meta = meta(page, "PubDate");
        if (meta == null) {
            meta = meta(page, "pubdate");
        }
        if (meta != null) {
            Matcher m = ANY_DATE.matcher(meta);
            if (m.find()) {
                Optional<LocalDate> d = date(m.group(1), m.group(2), m.group(3));
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        String text = page.body() == null ? "" : page.body().text();
        for (Pattern p : List.of(PUBLISHED_LABEL, WRITTEN_LABEL)) {
            Matcher m = p.matcher(text);
            if (m.find()) {
                Optional<LocalDate> d = date(m.group(2), m.group(3), m.group(4));
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        // Last resort: the date TRS and Hanweb put into the article URL when it is published.
        for (Pattern p : List.of(TRS_URL_DATE, HANWEB_URL_DATE)) {
            Matcher m = p.matcher(url.getPath());
            if (m.find()) {
                return date(m.group(1), m.group(2), m.group(3));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> publisher(Document page) {
        String meta = meta(page, "ContentSource");
        if (meta != null && !meta.isBlank()) {
            return Optional.of(meta.strip());
        }
        String text = page.body() == null ? "" : page.body().text();
        Matcher m = PUBLISHER_LABEL.matcher(text);
        return m.find() ? Optional.of(m.group(2)) : Optional.empty();
    }

    private static Element content(Document page) {
        List<Element> reportTables = page.select("table").stream()
                .filter(t -> REPORT_TABLE_WORDS.stream().anyMatch(ReportTitles.compact(t.text())::contains)).toList();
        for (String selector : CONTENT_SELECTORS) {
            Element e = page.selectFirst(selector);
            // A CMS div that misses the report's tables is a sidebar or a summary, not the article.
            if (e != null && e.text().length() > 50 && holdsAll(e, reportTables)) {
                return e;
            }
        }
        if (!reportTables.isEmpty()) {
            // Otherwise the smallest element holding every report table is the article body in most templates.
            Element candidate = reportTables.get(0).parent();
            while (candidate != null && !holdsAll(candidate, reportTables)) {
                candidate = candidate.parent();
            }
            if (candidate != null) {
                return candidate;
            }
        }
        return page.body() == null ? page : page.body();
    }

    private static boolean holdsAll(Element outer, List<Element> tables) {
        for (Element table : tables) {
            if (!isInside(table, outer)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isInside(Element inner, Element outer) {
        for (Element e = inner; e != null; e = e.parent()) {
            if (e == outer) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasMarker(String text) {
        String t = ReportTitles.compact(text);
        for (String marker : TABLE_MARKERS) {
            if (t.contains(marker)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The content region alone, as UTF-8: what is submitted for an HTML report and what its hash is taken over, so
     * that a visit counter or a new link in the page's frame is not mistaken for an edit of the report.
     */
    private static String normalised(String title, Element content) {
        Element copy = content.clone();
        copy.select("script, style, noscript, iframe, form, input, button").remove();
        return "<html><head><meta charset=\"utf-8\"><title>" + org.jsoup.nodes.Entities.escape(title)
                + "</title></head><body>" + copy.html() + "</body></html>";
    }

    private static List<ReportPage.Attachment> attachments(Document page, String title) {
        Map<String, ReportPage.Attachment> found = new LinkedHashMap<>();
        for (Element a : page.select("a[href]")) {
            String abs = a.absUrl("href");
            if (abs.isEmpty()) {
                continue;
            }
            URI uri;
            try {
                uri = URI.create(URI.create(abs.replace(" ", "%20")).toASCIIString());
            } catch (IllegalArgumentException e) {
                continue;
            }
            String path = uri.getPath() == null ? "" : uri.getPath();
            Matcher m = ATTACHMENT.matcher(path);
            if (!m.find()) {
                continue;
            }
            String ext = m.group(1).toLowerCase(Locale.ROOT);
            String text = a.text().strip();
            String name = ATTACHMENT.matcher(text).find() ? text : title + "." + ext;
            found.putIfAbsent(uri.toString(), new ReportPage.Attachment(uri, name));
        }
        List<ReportPage.Attachment> list = new ArrayList<>(found.values());
        list.sort(Comparator.comparingInt(att -> FORMAT_PREFERENCE.getOrDefault(extension(att.url()), 9)));
        return list;
    }

    static String extension(URI url) {
        Matcher m = ATTACHMENT.matcher(url.getPath() == null ? "" : url.getPath());
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "";
    }

    private static String meta(Document page, String name) {
        Element e = page.selectFirst("meta[name=" + name + "]");
        return e == null ? null : e.attr("content");
    }

    private static Optional<LocalDate> date(String y, String m, String d) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
