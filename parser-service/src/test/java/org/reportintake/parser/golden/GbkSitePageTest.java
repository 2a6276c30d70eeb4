package org.reportintake.parser.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.reportintake.parser.ParseOutcome;
import org.reportintake.parser.ParserLimits;
import org.reportintake.parser.ReportParser;

/**
 * A report as published on a government site: GBK bytes, a charset declared as gb2312 (or not at all), and the
 * site's header, navigation, breadcrumb, share bar and footer around the article. The page is generated here
 * from the seed 002 article, so the same hand-written expectations apply.
 */
class GbkSitePageTest {

    private static final Charset GBK = Charset.forName("GBK");
    private final ReportParser parser = new ReportParser(ParserLimits.defaults());

    @Test
    void readsGbkReportInsideSitePageDeclaredAsGb2312() throws IOException {
        byte[] page = sitePage("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">");

        ParseOutcome outcome = parser.parse(page, "t20240119_5123.shtml");

        assertTrue(outcome.succeeded(), () -> String.valueOf(outcome.failure()));
        SeedCorpusGoldenTest.assertReportMatches(SeedExpectations.seed002(), "html", outcome.report());
        String allText = String.join("\n", outcome.report().sections().stream().map(s -> s.text()).toList());
        assertFalse(allText.contains("版权所有"), "the site footer is not part of the report");
        assertFalse(allText.contains("当前位置"), "the breadcrumb is not part of the report");
    }

    @Test
    void detectsGbkWhenThePageDeclaresNoCharset() throws IOException {
        ParseOutcome outcome = parser.parse(sitePage(""), "index.html");

        assertTrue(outcome.succeeded(), () -> String.valueOf(outcome.failure()));
        assertEquals("樟树市2023年政府信息公开工作年度报告", outcome.report().metadata().title());
        SeedCorpusGoldenTest.assertReportMatches(SeedExpectations.seed002(), "html", outcome.report());
    }

    @Test
    void readsReportLaidOutInsideAnOldStyleLayoutTable() throws IOException {
        ParseOutcome outcome = parser.parse(sitePage("<meta charset=\"gbk\">", true), "content.jsp");

        assertTrue(outcome.succeeded(), () -> String.valueOf(outcome.failure()));
        SeedCorpusGoldenTest.assertReportMatches(SeedExpectations.seed002(), "html", outcome.report());
    }

    private static byte[] sitePage(String charsetMeta) throws IOException {
        return sitePage(charsetMeta, false);
    }

    private static byte[] sitePage(String charsetMeta, boolean layoutTable) throws IOException {
        String article = new String(SeedCorpusGoldenTest.resource("/corpus/html/002_caa70d9250cb3ad4.html"),
                StandardCharsets.UTF_8);
        String body = article.substring(article.indexOf("<body>") + 6, article.indexOf("</body>"));
        String page = """
                <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN">
                <html><head>%s<title>樟树市人民政府 政府信息公开年报</title>
                <script type="text/javascript">var _hmt = _hmt || []; document.write("统计代码");</script>
                <style>.nav{color:red}</style></head>
                <body>
                <div class="header"><div class="logo">樟树市人民政府</div><form><input name="q" value="搜索"></form></div>
                <div id="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li>
                <li><a href="/ndbg">政府信息公开年报</a></li><li><a href="/hdjl">互动交流</a></li></ul></div>
                <div class="dh"><a href="/ndbg">政府信息公开年度报告</a> <a href="/zn">政府信息公开指南</a></div>
                <div class="breadcrumb">当前位置：首页 &gt; 政务公开 &gt; 政府信息公开年报</div>
                %s
                <div class="share">分享到：微信 微博</div>
                <div class="footer"><p>主办：樟树市人民政府办公室　地址：樟树市某某路1号　电话：0795-0000000</p>
                <p>版权所有 樟树市人民政府　网站标识码3609820001　赣ICP备00000000号</p><p>2024年5月1日</p></div>
                </body></html>
                """.formatted(charsetMeta, layoutTable
                ? "<table width=\"960\"><tr><td width=\"200\"><a href=\"/\">栏目导航</a></td><td>" + body + "</td></tr></table>"
                : "<div class=\"article\"><div class=\"TRS_Editor\">" + body + "</div></div>");
        byte[] bytes = page.getBytes(GBK);
        assertEquals(page, new String(bytes, GBK), "the fixture must be representable in GBK");
        return bytes;
    }
}
