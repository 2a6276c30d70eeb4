package org.reportintake.notifier;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;

import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reportintake.infra.quarkus.LocalInfraTestResource;
import org.reportintake.infra.quarkus.TestInfra;
import org.reportintake.infra.testing.TopicClient;
import org.reportintake.model.event.EventCodec;
import org.reportintake.model.event.Finding;
import org.reportintake.model.event.ReportValidated;
import org.reportintake.model.event.Topics;
import org.reportintake.model.event.Verdict;
import org.reportintake.notifier.delivery.DeliveryRepository;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A report under manual review or of the pre-2019 format gets one receipt, never a rejection, however often its verdict
 * is delivered. "Nothing else happened" is proven by waiting for the notifier's committed offsets to reach the topic's
 * end, after which no record is left that could still send mail.
 */
@QuarkusTest
@QuarkusTestResource(LocalInfraTestResource.class)
class ReceiptNoticeTest {

    private static final Duration HANDLED_WITHIN = Duration.ofSeconds(40);
    private static final List<String> REJECTION_WORDS = List.of("退回", "需要更正", "不通过", "未通过", "需更正");

    @Inject
    DeliveryRepository deliveries;

    @Inject
    SendPolicy policy;

    @ConfigProperty(name = "mp.messaging.incoming.validated.group.id")
    String notifierGroup;

    private final TestInfra infra = LocalInfraTestResource.infra();
    private final TopicClient kafka = new TopicClient(infra.kafkaBootstrapServers());
    private final ConsumerProgress progress = new ConsumerProgress(infra.kafkaBootstrapServers());

    @BeforeEach
    void emptyMailboxOnceEarlierVerdictsAreHandled() {
        progress.awaitCaughtUp(notifierGroup, Topics.VALIDATED, HANDLED_WITHIN);
        infra.purgeMail();
    }

    @Test
    void reviewVerdictDeliveredTwiceSendsOneReceiptSayingItAwaitsManualReviewAndNamingNoFinding() throws Exception {
        assertFalse(policy.acceptanceReceipts(), "this receipt must not depend on acceptance receipts being on");
        ReportValidated review = NoticeFixtures.verdict(Verdict.NEEDS_REVIEW, false, "office@agency.example");
        String submissionId = review.submission().submissionId();

        List<MimeMessage> mail = publishTwiceAndAwaitHandled(review, "REVIEW_RECEIPT");

        assertEquals(1, mail.size(), "exactly one email for a verdict delivered twice");
        MimeMessage message = mail.get(0);
        assertEquals("office@agency.example", message.getAllRecipients()[0].toString());
        assertTrue(message.getSubject().startsWith("【已收到，待人工复核】" + NoticeFixtures.AGENCY_NAME + "2023年"),
                message.getSubject());
        assertEquals("<" + submissionId + ".review_receipt@report-intake>", message.getHeader("Message-ID")[0]);
        String text = MailText.plain(message);
        assertTrue(text.contains("当前状态：待人工复核"), text);
        assertTrue(text.contains("由上级政务公开主管部门人工复核") && text.contains("无需做任何处理"), text);
        assertTrue(text.contains("报送编号：" + submissionId) && text.contains("收到时间："), text);
        assertNotReadAsARejection(text, review);
        assertNotReadAsARejection(MailText.html(message), review);
        assertNull(deliveries.find(submissionId, "REJECTION"), "no rejection is ever claimed for a report under review");
        assertListedByTheDeliveryApi(review, "REVIEW_RECEIPT");
    }

    @Test
    void legacyVerdictDeliveredTwiceSendsOneReceiptSayingItIsFiledWithoutCurrentFormatChecks() throws Exception {
        ReportValidated legacy = NoticeFixtures.verdict(Verdict.LEGACY, false, "office@agency.example");
        String submissionId = legacy.submission().submissionId();

        List<MimeMessage> mail = publishTwiceAndAwaitHandled(legacy, "LEGACY_RECEIPT");

        assertEquals(1, mail.size(), "exactly one email for a verdict delivered twice");
        MimeMessage message = mail.get(0);
        assertTrue(message.getSubject().startsWith("【已收到，历史格式年报】" + NoticeFixtures.AGENCY_NAME + "2017年"),
                message.getSubject());
        assertEquals("<" + submissionId + ".legacy_receipt@report-intake>", message.getHeader("Message-ID")[0]);
        String text = MailText.plain(message);
        assertTrue(text.contains("已收到") && text.contains("报送编号：" + submissionId), text);
        assertTrue(text.contains("历史格式年报（2018年及以前），不适用现行格式校验"), text);
        assertNotReadAsARejection(text, legacy);
        assertNull(deliveries.find(submissionId, "REJECTION"));
        assertListedByTheDeliveryApi(legacy, "LEGACY_RECEIPT");
    }

    @Test
    void dryRunReviewAndLegacyVerdictsSendNothingAndRecordNothing() throws Exception {
        ReportValidated review = NoticeFixtures.verdict(Verdict.NEEDS_REVIEW, true, "a@agency.example");
        ReportValidated legacy = NoticeFixtures.verdict(Verdict.LEGACY, true, "b@agency.example");

        kafka.send(Topics.VALIDATED, review.submission().agencyId(), EventCodec.toJson(review));
        kafka.send(Topics.VALIDATED, legacy.submission().agencyId(), EventCodec.toJson(legacy));
        progress.awaitCaughtUp(notifierGroup, Topics.VALIDATED, HANDLED_WITHIN);

        assertEquals(List.of(), infra.receivedMessages());
        assertNull(deliveries.find(review.submission().submissionId(), "REVIEW_RECEIPT"));
        assertNull(deliveries.find(legacy.submission().submissionId(), "LEGACY_RECEIPT"));
    }

    /** Publishes the verdict twice (a redelivery), waits until it is recorded SENT and both copies are handled. */
    private List<MimeMessage> publishTwiceAndAwaitHandled(ReportValidated verdict, String noticeType) {
        String submissionId = verdict.submission().submissionId();
        kafka.send(Topics.VALIDATED, verdict.submission().agencyId(), EventCodec.toJson(verdict));
        kafka.send(Topics.VALIDATED, verdict.submission().agencyId(), EventCodec.toJson(verdict));
        await("delivery record of " + noticeType + " SENT").atMost(HANDLED_WITHIN).until(() -> {
            Document record = deliveries.find(submissionId, noticeType);
            return record != null && DeliveryRepository.State.SENT.name().equals(record.getString("state"));
        });
        progress.awaitCaughtUp(notifierGroup, Topics.VALIDATED, HANDLED_WITHIN);
        return infra.receivedMessages();
    }

    private static void assertNotReadAsARejection(String body, ReportValidated event) {
        for (String word : REJECTION_WORDS) {
            assertFalse(body.contains(word), "rejection wording \"" + word + "\" in: " + body);
        }
        for (Finding finding : event.findings()) {
            assertFalse(body.contains(finding.messageZh()), "a finding is listed: " + body);
        }
    }

    private static void assertListedByTheDeliveryApi(ReportValidated verdict, String noticeType) {
        given().header("Authorization", "Bearer local-admin-token")
                .queryParam("agencyId", verdict.submission().agencyId())
                .when().get("/api/deliveries")
                .then().statusCode(200)
                .body("noticeType", contains(noticeType))
                .body("state", contains("SENT"))
                .body("submissionId", contains(verdict.submission().submissionId()));
    }
}
