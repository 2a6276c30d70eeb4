package org.reportintake.intake.crawl;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;

/**
 * Fake county websites in the styles of the common CMSs (domain doc §8.3), built from real reports: the parser's
 * golden fixtures ({@code parser-service/src/test/resources/corpus}, on the test classpath as {@code corpus/}).
 * Each knows the reports a crawl must find on it.
 */
final class FixtureSites {

    static final Charset GBK = Charset.forName("GBK");

    /** The Word attachment is linked by its raw Chinese name, as many CMSs do; it is served and reported %-escaped. */
    static final String DOCX_NAME = "2023年政府信息公开工作年度报告.docx";
    static final String DOCX_PATH = java.net.URI.create("/xxgk/gknb/202402/" + DOCX_NAME).toASCIIString();

    /** A report a crawl must submit: where, and with which publication date. */
    record Expected(String sourceUrl, LocalDate publishedOn, String title) {
    }

    /** A site with its directory entry and what a crawl must find there. */
    record Site(String label, FixtureSite server, String agencyId, String name, String websiteUrl, String reportColumnUrl,
            List<Expected> reports) {
    }

    private FixtureSites() {
    }

    /** TRS WCM: 政府信息公开 platform, zfxxgknb column, JS pager (index_1.html), tYYYYMMDD_id detail pages, PubDate meta. */
    static Site trs(String agencyId) {
        FixtureSite s = FixtureSite.start("trs").validation(FixtureSite.Validation.ETAG);
        String home = page("樟树市人民政府", "<div class=\"nav\"><a href=\"/\">首页</a><a href=\"/xwzx/index.html\">新闻中心</a>"
                + "<a href=\"/zfxxgk/index.html\">政府信息公开</a></div>");
        s.html("/", home).html("/index.html", home).html("/xwzx/index.html", page("新闻中心", "<p>新闻</p>"));
        s.html("/zfxxgk/index.html", page("政府信息公开", "<ul><li><a href=\"/zfxxgk/zfxxgkzn/index.html\">政府信息公开指南</a></li>"
                + "<li><a href=\"/zfxxgk/fdzdgknr/index.html\">法定主动公开内容</a></li>"
                + "<li><a href=\"/zfxxgk/zfxxgknb/index.html\">政府信息公开年报</a></li></ul>"));
        List<Expected> expected = new ArrayList<>();
        String dir = "/zfxxgk/zfxxgknb/";
        s.html(dir + "index.html", page("政府信息公开年报", "<ul class=\"list\">"
                + trsItem("./202401/t20240111_123.html", "樟树市2023年政府信息公开工作年度报告")
                + "<li><a href=\"./202312/t20231220_110.html\">关于做好2023年政府信息公开工作年度报告编制和发布工作的通知</a></li>"
                + trsItem("./202401/t20240115_130.html", "宜春经济技术开发区2023年度政府信息公开工作年度报告")
                + "</ul><div class=\"page\"><script>var countPage = 2;\ncreatePageHTML(2, 0, \"index\", \"html\");</script></div>"));
        s.html(dir + "index_1.html", page("政府信息公开年报", "<ul class=\"list\">"
                + trsItem("./202401/t20240105_101.html", "大通区人民政府办公室2023年政府信息公开工作年度报告")
                + "</ul><div class=\"page\"><script>createPageHTML(2, 1, \"index\", \"html\");</script></div>"));
        s.html(dir + "202312/t20231220_110.html", page("通知", "<p>关于做好2023年政府信息公开工作年度报告编制和发布工作的通知</p>"));
        expected.add(trsDetail(s, dir + "202401/t20240111_123.html", "html/002_caa70d9250cb3ad4.html", LocalDate.of(2024, 1, 11), "樟树市人民政府办公室"));
        expected.add(trsDetail(s, dir + "202401/t20240115_130.html", "html/003_d26b553f0e382d29.html", LocalDate.of(2024, 1, 15), "宜春经济技术开发区管委会"));
        expected.add(trsDetail(s, dir + "202401/t20240105_101.html", "html/004_09d7efa84834ab25.html", LocalDate.of(2024, 1, 5), "大通区人民政府办公室"));
        return new Site("TRS zfxxgknb index_N", s, agencyId, "樟树市人民政府", s.url("/"), null, expected);
    }

    static String trsDetailHtml(String title, LocalDate date, String publisher, String body) {
        return "<html><head><meta charset=\"utf-8\"><meta name=\"SiteName\" content=\"樟树市人民政府\">"
                + "<meta name=\"ColumnName\" content=\"政府信息公开年报\"><meta name=\"ArticleTitle\" content=\"" + title + "\">"
                + "<meta name=\"PubDate\" content=\"" + date + " 09:30\"><meta name=\"ContentSource\" content=\"" + publisher + "\">"
                + "<title>" + title + "_樟树市人民政府</title></head><body><div class=\"head\"><a href=\"/\">首页</a></div>"
                + "<table class=\"xxgk-info\"><tr><td>索引号：014410000/2024-00012</td><td>发布机构：" + publisher + "</td></tr>"
                + "<tr><td>发布日期：" + date + "</td><td>分类：信息公开年报</td></tr></table>"
                + "<div class=\"TRS_Editor\">" + body + "</div><div class=\"foot\">主办：樟树市人民政府办公室</div></body></html>";
    }

    private static Expected trsDetail(FixtureSite s, String path, String corpus, LocalDate date, String publisher) {
        String title = corpusTitle(corpus);
        s.html(path, trsDetailHtml(title, date, publisher, corpusBody(corpus)));
        return new Expected(s.url(path), date, title);
    }

    private static String trsItem(String href, String title) {
        return "<li><a href=\"" + href + "\" title=\"" + title + "\" target=\"_blank\">" + title.substring(0, Math.min(14, title.length()))
                + "…</a><span>2024-01</span></li>";
    }

    /** Hanweb JCMS: col/colNNN/index.html with ?uid=&pageNum= and 下一页, art/Y/M/D/art_col_id.html, dates in the text. */
    static Site hanweb(String agencyId) {
        FixtureSite s = FixtureSite.start("hanweb").validation(FixtureSite.Validation.LAST_MODIFIED);
        s.html("/", page("高安市人民政府", "<a href=\"/col/col1/index.html\">首页</a><a href=\"/col/col100/index.html\">信息公开</a>"));
        s.html("/col/col1/index.html", page("首页", "<p>首页</p>"));
        s.html("/col/col100/index.html", page("信息公开", "<div class=\"xxgk-nav\"><a href=\"/col/col110/index.html\">公开指南</a>"
                + "<a href=\"/col/col123/index.html\">年度报告</a></div>"));
        s.html("/col/col110/index.html", page("公开指南", "<p>指南</p>"));
        String first = page("年度报告", "<div class=\"default_pgContainer\">"
                + "<a href=\"/art/2024/1/25/art_123_456.html\" target=\"_blank\">高安市行政务服务中心管委会2023年政府信息公开工作年度报告</a>"
                + "</div><div class=\"default_pgPanel\"><a href=\"/col/col123/index.html?uid=4567&pageNum=2\">下一页</a></div>");
        s.html("/col/col123/index.html", first).html("/col/col123/index.html?uid=4567&pageNum=1", first);
        s.html("/col/col123/index.html?uid=4567&pageNum=2", page("年度报告", "<div class=\"default_pgContainer\">"
                + "<a href=\"/art/2021/1/28/art_123_400.html\" target=\"_blank\">高安市2020年政府信息公开工作年度报告</a></div>"
                + "<div class=\"default_pgPanel\"><a href=\"/col/col123/index.html?uid=4567&pageNum=1\">上一页</a></div>"));
        List<Expected> expected = new ArrayList<>();
        expected.add(hanwebDetail(s, "/art/2024/1/25/art_123_456.html", "html/000_c82a2c402dd56cf8.html", LocalDate.of(2024, 1, 25)));
        expected.add(hanwebDetail(s, "/art/2021/1/28/art_123_400.html", "html/001_10344cc63f2c5b68.html", LocalDate.of(2021, 1, 28)));
        return new Site("Hanweb col/art pageNum", s, agencyId, "高安市人民政府", s.url("/"), null, expected);
    }

    private static Expected hanwebDetail(FixtureSite s, String path, String corpus, LocalDate date) {
        String title = corpusTitle(corpus);
        s.html(path, "<html><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body>"
                + "<div class=\"title\"><h1>" + title + "</h1></div><div class=\"info\"><span>发布日期：" + date + "</span>"
                + "<span>信息来源：高安市人民政府办公室</span><span>浏览次数：<script>document.write(123)</script></span></div>"
                + "<div id=\"zoom\">" + corpusBody(corpus) + "</div></body></html>");
        return new Expected(s.url(path), date, title);
    }

    /** Known column URL; the report is a .docx attachment next to a PDF one (the Word file is the one taken). */
    static Site docx(String agencyId) {
        FixtureSite s = FixtureSite.start("docx").validation(FixtureSite.Validation.ETAG);
        s.html("/", page("高安市行政服务中心管委会", "<a href=\"/xxgk/index.html\">政府信息公开</a>"));
        String title = "高安市行政服务中心管委会2023年政府信息公开工作年度报告";
        s.html("/xxgk/gknb/index.html", page("年报", "<ul><li><a href=\"./202402/t20240220_9.html\">" + title + "</a></li></ul>"));
        s.html("/xxgk/gknb/202402/t20240220_9.html", "<html><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body>"
                + "<h1>" + title + "</h1><p>公开日期：2024-02-20　发布机构：高安市行政服务中心管委会</p>"
                + "<div class=\"TRS_Editor\"><p>现将我委2023年政府信息公开工作年度报告予以公布，详见附件。</p>"
                + "<p>附件：<a href=\"./P020240220390.pdf\">" + title + "（PDF版）.pdf</a></p>"
                + "<p><a href=\"./" + DOCX_NAME + "\">" + title + ".docx</a></p></div></body></html>");
        s.bytes("/xxgk/gknb/202402/P020240220390.pdf", "%PDF-1.4 not used".getBytes(StandardCharsets.US_ASCII), "application/pdf");
        s.bytes(DOCX_PATH, resource("docx/000_c82a2c402dd56cf8.docx"), "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        return new Site("docx attachment, known column", s, agencyId, "高安市行政服务中心管委会", s.url("/"),
                s.url("/xxgk/gknb/index.html"), List.of(new Expected(s.url(DOCX_PATH), LocalDate.of(2024, 2, 20), title)));
    }

    /** A GBK site (meta charset only, no charset in Content-Type), VSB-style info/{col}/{id}.htm. */
    static Site gbk(String agencyId) {
        FixtureSite s = FixtureSite.start("gbk");
        s.html("/", page("宜春经济技术开发区", "<a href=\"/gknb/index.htm\">信息公开年报</a>", "gbk"), GBK);
        String title = corpusTitle("html/003_d26b553f0e382d29.html");
        s.html("/gknb/index.htm", page("信息公开年报", "<ul><li><a href=\"/info/1050/64208.htm\">" + title + "</a></li></ul>", "gbk"), GBK);
        s.html("/info/1050/64208.htm", "<html><head><meta charset=\"gbk\"><title>" + title + "</title></head><body>"
                + "<div class=\"titlestyle\">" + title + "</div><div>公开日期：2024年3月1日 信息来源：宜春经济技术开发区管委会办公室</div>"
                + "<div class=\"v_news_content\">" + corpusBody("html/003_d26b553f0e382d29.html") + "</div></body></html>", GBK);
        return new Site("GBK page", s, agencyId, "宜春经济技术开发区管委会", s.url("/"), null,
                List.of(new Expected(s.url("/info/1050/64208.htm"), LocalDate.of(2024, 3, 1), title)));
    }

    /** robots.txt forbids the whole 政府信息公开 tree: the column must never be requested. */
    static Site robotsForbidden(String agencyId) {
        FixtureSite s = FixtureSite.start("robots");
        s.bytes("/robots.txt", "User-agent: *\nDisallow: /zfxxgk/\n".getBytes(StandardCharsets.US_ASCII), "text/plain");
        s.html("/", page("某县人民政府", "<a href=\"/zfxxgk/zfxxgknb/index.html\">政府信息公开年报</a>"));
        String title = "某县2023年政府信息公开工作年度报告";
        s.html("/zfxxgk/zfxxgknb/index.html", page("年报", "<a href=\"./202401/t20240101_1.html\">" + title + "</a>"));
        s.html("/zfxxgk/zfxxgknb/202401/t20240101_1.html", trsDetailHtml(title, LocalDate.of(2024, 1, 1), "某县", corpusBody("html/002_caa70d9250cb3ad4.html")));
        return new Site("robots.txt forbids column", s, agencyId, "某县人民政府", s.url("/"), null, List.of());
    }

    /** The 年报 column redirects to 127.0.0.2, outside the allowance: the guard must refuse before connecting. */
    static Site redirectToForbidden(String agencyId, ForbiddenTarget forbidden) {
        FixtureSite s = FixtureSite.start("redirect");
        s.html("/", page("某区人民政府", "<a href=\"/xxgk/nb/index.html\">政府信息公开年报</a>"));
        s.redirect("/xxgk/nb/index.html", forbidden.url("/xxgk/nb/index.html"));
        return new Site("redirect to 127.0.0.2", s, agencyId, "某区人民政府", s.url("/"), null, List.of());
    }

    static String page(String title, String body) {
        return page(title, body, "utf-8");
    }

    static String page(String title, String body, String charset) {
        return "<html><head><meta charset=\"" + charset + "\"><title>" + title + "</title></head><body>" + body + "</body></html>";
    }

    static String corpusTitle(String name) {
        return Jsoup.parse(new String(resource(name), StandardCharsets.UTF_8)).title();
    }

    static String corpusBody(String name) {
        return Jsoup.parse(new String(resource(name), StandardCharsets.UTF_8)).body().html();
    }

    static byte[] resource(String name) {
        try (InputStream in = FixtureSites.class.getResourceAsStream("/corpus/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource corpus/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
