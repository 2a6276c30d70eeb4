package org.reportintake.intake.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class ReportTitlesTest {

    @Test
    void realReportTitlesAreRecognisedWithTheirYear() {
        assertTrue(ReportTitles.isReport("平潭综合实验区2023年度政府信息公开工作年度报告"));
        assertTrue(ReportTitles.isReport("沭阳县发展和改革局2023年政府信息公开年度报告"));
        assertTrue(ReportTitles.isReport("2025湖口县大垅乡2025年度政府信息公开工作年度报告"));
        assertTrue(ReportTitles.isReport("大通区人民政府办公室2023年政府 信息公开工作年度报告"), "spaces from line breaks");
        assertEquals(2023, ReportTitles.year("某县2023年度政府信息公开工作年度报告").getAsInt());
    }

    @Test
    void noticesAboutTheReportsAreNotReports() {
        assertFalse(ReportTitles.isReport("关于做好2025年政府信息公开工作年度报告编制和发布工作的通知"));
        assertFalse(ReportTitles.isReport("国务院办公厅政府信息与政务公开办公室关于印发2021年政府信息公开工作年度报告格式的通知"));
        assertFalse(ReportTitles.isReport("图解：某县2023年政府信息公开工作年度报告"));
        assertFalse(ReportTitles.isReport("某县2023年政务公开工作要点"));
        assertFalse(ReportTitles.isReport("政府信息公开年报"), "the column name has no year");
    }

    @Test
    void columnAndPlatformLinksAreToldApartFromReports() {
        assertTrue(ReportTitles.isColumnLink("政府信息公开年报", "/zfxxgk/zfxxgknb/index.html"));
        assertTrue(ReportTitles.isColumnLink("年度报告", "/col/col123/index.html"));
        assertTrue(ReportTitles.isColumnLink("更多", "/zfxxgk/zfxxgknb/"), "by URL fingerprint");
        assertFalse(ReportTitles.isColumnLink("某县2023年政府信息公开工作年度报告", "/zfxxgknb/202401/t1.html"));
        assertTrue(ReportTitles.isPlatformLink("政府信息公开", "/zfxxgk/index.html"));
        assertTrue(ReportTitles.isPlatformLink("信息公开", "/col/col1/index.html"));
        assertFalse(ReportTitles.isPlatformLink("首页", "/index.html"));
    }

    @Test
    void detailPageGivesTitleDatePublisherAndPrefersWordOverPdf() {
        String html = "<html><head><meta name=\"ArticleTitle\" content=\"某县2023年政府信息公开工作年度报告\">"
                + "<meta name=\"ContentSource\" content=\"某县人民政府办公室\"></head><body>"
                + "<div class=\"info\">发布日期：2024-01-25 来源：别处</div><div id=\"zoom\"><p>正文说明，附件为报告全文，"
                + "请下载查看。本报告依据政府信息公开条例编制，统计期限自2023年1月1日起至2023年12月31日止。</p>"
                + "<a href=\"/files/r.pdf\">PDF版</a><a href=\"/files/r.docx\">某县2023年报告.docx</a></div></body></html>";
        Document page = Jsoup.parse(html, "http://127.0.0.1:1/art/2024/1/25/art_1_2.html");

        ReportPage read = ReportPageReader.read(page, URI.create("http://127.0.0.1:1/art/2024/1/25/art_1_2.html"), null);

        assertEquals("某县2023年政府信息公开工作年度报告", read.title());
        assertEquals(LocalDate.of(2024, 1, 25), read.publishedOn());
        assertEquals("某县人民政府办公室", read.publisher());
        assertFalse(read.hasReportTables());
        assertEquals("http://127.0.0.1:1/files/r.docx", read.attachments().get(0).url().toString());
        assertEquals("某县2023年报告.docx", read.attachments().get(0).fileName());
    }

    @Test
    void reportHtmlIsTheArticleWithItsTablesNotASidebarNorThePageFrame() {
        String html = "<html><body><div class=\"content\"><p>热点新闻：本站开展网站满意度调查，欢迎各位网友积极参与并提出宝贵意见和建议，谢谢支持！</p></div>"
                + "<table class=\"meta\"><tr><td>索引号：001</td><td>发布机构：某县</td></tr></table>"
                + "<div class=\"main\"><div class=\"wrap\"><p>某县2023年政府信息公开工作年度报告</p>"
                + "<table><tr><td>本年新收政府信息公开申请数量</td><td>12</td></tr></table>"
                + "<p>三、收到和处理政府信息公开申请情况</p><table><tr><td>行政复议</td><td>0</td></tr></table></div>"
                + "<div class=\"counter\">访问量：1234</div></div><script>var x = 1;</script></body></html>";

        ReportPage read = ReportPageReader.read(Jsoup.parse(html), URI.create("http://h/a.html"), "某县2023年政府信息公开工作年度报告");

        assertTrue(read.hasReportTables());
        assertTrue(read.reportHtml().contains("本年新收政府信息公开申请数量"), read.reportHtml());
        assertFalse(read.reportHtml().contains("满意度调查"), "the sidebar .content is not the article");
        assertFalse(read.reportHtml().contains("访问量"), "a visit counter next to the article does not enter the hash");
        assertFalse(read.reportHtml().contains("索引号"), "the metadata table is not part of the report");
        assertTrue(read.reportHtml().startsWith("<html><head><meta charset=\"utf-8\"><title>某县2023年政府信息公开工作年度报告</title>"));
    }

    @Test
    void pubDateMetaWinsAndWrittenDateIsOnlyAFallback() {
        Document withMeta = Jsoup.parse("<meta name=\"PubDate\" content=\"2024-03-08 10:21\"><p>成文日期：2024年2月1日</p>");
        Document written = Jsoup.parse("<p>成文日期：2024年2月1日</p><p>公开日期：2024年3月1日</p>");
        Document none = Jsoup.parse("<p>nothing</p>");

        assertEquals(LocalDate.of(2024, 3, 8), ReportPageReader.publishedOn(withMeta, URI.create("http://h/x.html")).orElseThrow());
        assertEquals(LocalDate.of(2024, 3, 1), ReportPageReader.publishedOn(written, URI.create("http://h/x.html")).orElseThrow());
        assertEquals(LocalDate.of(2024, 1, 11),
                ReportPageReader.publishedOn(none, URI.create("http://h/zfxxgknb/202401/t20240111_123.html")).orElseThrow());
    }

    @Test
    void gbkPageIsDecodedFromItsMetaCharset() {
        String html = "<html><head><meta charset=\"gbk\"><title>某县2023年政府信息公开工作年度报告</title></head><body>公开日期</body></html>";
        byte[] bytes = html.getBytes(Charset.forName("GBK"));

        String decoded = HtmlPages.decode(bytes, null);

        assertTrue(decoded.contains("某县2023年政府信息公开工作年度报告"), decoded);
        assertTrue(HtmlPages.decode("<p>无声明的页面</p>".getBytes(Charset.forName("GBK")), null).contains("无声明的页面"),
                "undeclared non-UTF-8 bytes are read as GB18030");
        assertTrue(HtmlPages.decode("<p>中文</p>".getBytes(StandardCharsets.UTF_8), null).contains("中文"));
    }
}
