package org.reportintake.notifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.reportintake.model.event.ReportValidated;
import org.reportintake.model.event.Verdict;
import org.reportintake.notifier.mail.NoticeContent;
import org.reportintake.notifier.mail.NoticeRenderer;
import org.reportintake.notifier.mail.NoticeType;

import io.quarkus.qute.Engine;
import io.quarkus.qute.HtmlEscaper;
import io.quarkus.qute.ReflectionValueResolver;
import io.quarkus.qute.Template;
import io.quarkus.qute.Variant;

/** The two receipts as the agency reads them, rendered from the real templates without starting the service. */
class ReceiptRenderingTest {

    /** Rejection wording that must never reach an agency whose report we only received. */
    private static final List<String> REJECTION_WORDS = List.of("退回", "需要更正", "不通过", "未通过", "更正稿", "需更正");

    private static final Instant RECEIVED = Instant.parse("2024-01-15T02:30:00Z");

    private final Engine engine = Engine.builder().addDefaults().addValueResolver(new ReflectionValueResolver())
            .addResultMapper(new HtmlEscaper(List.of(Variant.TEXT_HTML))).build();
    private final NoticeRenderer renderer = new NoticeRenderer(
            template("rejection.txt"), template("rejection.html"), template("acceptance.txt"), template("acceptance.html"),
            template("review-receipt.txt"), template("review-receipt.html"),
            template("legacy-receipt.txt"), template("legacy-receipt.html"), "http://portal.example/");

    @Test
    void reviewReceiptSaysReceivedAndUnderManualReviewWithoutAnyFindingOrRejectionWording() {
        ReportValidated review = NoticeFixtures.withReceivedAtAndTitle(
                NoticeFixtures.verdict(Verdict.NEEDS_REVIEW, false, "office@agency.example"), RECEIVED,
                "高安市行政服务中心管委会2023年政府信息公开工作年度报告");
        String submissionId = review.submission().submissionId();

        NoticeContent notice = renderer.render(NoticeType.REVIEW_RECEIPT, review, Optional.empty());

        assertEquals("【已收到，待人工复核】" + NoticeFixtures.AGENCY_NAME
                + "2023年政府信息公开工作年度报告 / Annual report received, under review", notice.subject());
        String text = notice.text();
        assertTrue(text.startsWith(NoticeFixtures.AGENCY_NAME + "："), text);
        assertTrue(text.contains("报告名称：高安市行政服务中心管委会2023年政府信息公开工作年度报告"), text);
        assertTrue(text.contains("报告年度：2023年度"), text);
        assertTrue(text.contains("报送编号：" + submissionId), text);
        assertTrue(text.contains("收到时间：2024年1月15日 10:30（北京时间）"), "received time in Beijing time: " + text);
        assertTrue(text.contains("当前状态：待人工复核"), text);
        assertTrue(text.contains("由上级政务公开主管部门人工复核"), text);
        assertTrue(text.contains("无需做任何处理") && text.contains("将以邮件告知结果"), text);
        assertTrue(text.contains("http://portal.example/submissions/" + submissionId), text);
        assertTrue(text.contains("Summary (English)") && text.contains("2024-01-15T10:30+08:00"), text);
        assertNothingReadAsTheAgencysError(text, review);
        String html = notice.html();
        assertTrue(html.contains("待人工复核") && html.contains("由上级政务公开主管部门人工复核"), html);
        assertTrue(html.contains("<title>【已收到，待人工复核】"), html);
        assertNothingReadAsTheAgencysError(html, review);
    }

    @Test
    void legacyReceiptSaysReceivedAndFiledAsAPre2019ReportThatIsNotFormatChecked() {
        ReportValidated legacy = NoticeFixtures.withReceivedAtAndTitle(
                NoticeFixtures.verdict(Verdict.LEGACY, false, "office@agency.example"), RECEIVED,
                "高安市行政服务中心管委会2017年政府信息公开工作年度报告");

        NoticeContent notice = renderer.render(NoticeType.LEGACY_RECEIPT, legacy, Optional.empty());

        assertEquals("【已收到，历史格式年报】" + NoticeFixtures.AGENCY_NAME
                + "2017年政府信息公开工作年度报告 / Annual report received, pre-2019 format", notice.subject());
        String text = notice.text();
        assertTrue(text.contains("已收到"), text);
        assertTrue(text.contains("报告类别：历史格式年报（2018年及以前），不适用现行格式校验"), text);
        assertTrue(text.contains("不按2019年、2021年印发的现行年报格式进行校验"), text);
        assertTrue(text.contains("报送编号：" + legacy.submission().submissionId()), text);
        assertTrue(text.contains("收到时间：2024年1月15日 10:30（北京时间）"), text);
        assertTrue(text.contains("无需做任何处理"), text);
        assertNothingReadAsTheAgencysError(text, legacy);
        String html = notice.html();
        assertTrue(html.contains("历史格式年报（2018年及以前），不适用现行格式校验"), html);
        assertNothingReadAsTheAgencysError(html, legacy);
    }

    @Test
    void receiptWithoutTitleOrReceivedTimeNamesTheReportByYearAndLeavesTheTimeOut() {
        ReportValidated review = NoticeFixtures.withReceivedAtAndTitle(
                NoticeFixtures.verdict(Verdict.NEEDS_REVIEW, false, null), null, null);

        String text = renderer.render(NoticeType.REVIEW_RECEIPT, review, Optional.empty()).text();

        assertTrue(text.contains("报告名称：2023年度政府信息公开工作年度报告"), text);
        assertFalse(text.contains("收到时间"), text);
    }

    @Test
    void reportTitleIsEscapedInTheHtmlReceipt() {
        ReportValidated review = NoticeFixtures.withReceivedAtAndTitle(
                NoticeFixtures.verdict(Verdict.NEEDS_REVIEW, false, null), RECEIVED, "年报<script>x</script>");

        String html = renderer.render(NoticeType.REVIEW_RECEIPT, review, Optional.empty()).html();

        assertTrue(html.contains("年报&lt;script&gt;x&lt;/script&gt;"), html);
    }

    private static void assertNothingReadAsTheAgencysError(String body, ReportValidated event) {
        for (String word : REJECTION_WORDS) {
            assertFalse(body.contains(word), "rejection wording \"" + word + "\" in: " + body);
        }
        event.findings().forEach(f -> {
            assertFalse(body.contains(f.messageZh()), "finding listed: " + f.messageZh());
            assertFalse(body.contains("[" + f.ruleId() + "]"), "finding listed: " + f.ruleId());
        });
    }

    private Template template(String name) {
        try (InputStream in = getClass().getResourceAsStream("/templates/" + name)) {
            String content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return engine.parse(content, Variant.forContentType(name.endsWith(".html") ? Variant.TEXT_HTML : Variant.TEXT_PLAIN));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
