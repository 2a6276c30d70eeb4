package org.reportintake.notifier;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reportintake.infra.quarkus.LocalInfraTestResource;
import org.reportintake.infra.quarkus.TestInfra;
import org.reportintake.infra.testing.TopicClient;
import org.reportintake.model.event.EventCodec;
import org.reportintake.model.event.Finding;
import org.reportintake.model.event.FindingLocation;
import org.reportintake.model.event.ReportHeadline;
import org.reportintake.model.event.ReportSubmitted;
import org.reportintake.model.event.ReportValidated;
import org.reportintake.model.event.Severity;
import org.reportintake.model.event.StoredFileRef;
import org.reportintake.model.event.SubmissionSource;
import org.reportintake.model.event.Topics;
import org.reportintake.model.event.Verdict;
import org.reportintake.model.report.TemplateVersion;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(LocalInfraTestResource.class)
class RejectionNoticeTest {

    private final TestInfra infra = LocalInfraTestResource.infra();
    private final TopicClient kafka = new TopicClient(infra.kafkaBootstrapServers());

    @BeforeEach
    void emptyMailbox() {
        infra.purgeMail();
    }

    @Test
    void rejectionDeliveredThreeTimesSendsOneEmailNamingRuleColumnAndValues() throws Exception {
        ReportValidated rejected = verdict(Verdict.REJECTED, false, "office@agency.example");

        for (int i = 0; i < 3; i++) {
            kafka.send(Topics.VALIDATED, rejected.submission().agencyId(), EventCodec.toJson(rejected));
        }

        List<MimeMessage> mail = infra.awaitMessages(1, Duration.ofSeconds(30));
        Thread.sleep(3000); // long enough for the two redeliveries to have been consumed
        mail = infra.receivedMessages();
        assertEquals(1, mail.size(), "exactly one email for one rejection");
        MimeMessage message = mail.get(0);
        assertEquals("office@agency.example", message.getAllRecipients()[0].toString());
        assertTrue(message.getSubject().contains("高安市行政服务中心管委会"), message.getSubject());
        assertTrue(message.getSubject().contains("需更正"), message.getSubject());
        String text = text(message);
        assertTrue(text.contains("[A1]"), text);
        assertTrue(text.contains("列“自然人”"), text);
        assertTrue(text.contains("报告填写值：0"), text);
        assertTrue(text.contains("计算值：2"), text);
        assertTrue(text.contains("[N2]"), "warnings listed separately: " + text);
        assertTrue(text.contains("/submissions/" + rejected.submission().submissionId()), text);
    }

    @Test
    void acceptedAndDryRunVerdictsSendNoEmail() throws Exception {
        ReportValidated accepted = verdict(Verdict.ACCEPTED, false, "a@agency.example");
        ReportValidated dryRun = verdict(Verdict.REJECTED, true, "b@agency.example");
        ReportValidated marker = verdict(Verdict.REJECTED, false, "marker@agency.example");

        kafka.send(Topics.VALIDATED, accepted.submission().agencyId(), EventCodec.toJson(accepted));
        kafka.send(Topics.VALIDATED, dryRun.submission().agencyId(), EventCodec.toJson(dryRun));
        kafka.send(Topics.VALIDATED, marker.submission().agencyId(), EventCodec.toJson(marker));

        List<MimeMessage> mail = infra.awaitMessages(1, Duration.ofSeconds(30));
        Thread.sleep(2000);
        mail = infra.receivedMessages();
        assertEquals(1, mail.size());
        assertEquals("marker@agency.example", mail.get(0).getAllRecipients()[0].toString());
    }

    @Test
    void addressWrittenInReportCannotInjectHeadersAndFallbackIsUsed() throws Exception {
        ReportValidated rejected = verdict(Verdict.REJECTED, false, "x@agency.example\r\nBcc: victim@evil.example");

        kafka.send(Topics.VALIDATED, rejected.submission().agencyId(), EventCodec.toJson(rejected));

        MimeMessage message = infra.awaitMessages(1, Duration.ofSeconds(30)).get(0);
        assertEquals(1, message.getAllRecipients().length);
        assertEquals("agency@localhost", message.getAllRecipients()[0].toString());
    }

    private static String text(MimeMessage message) throws IOException, MessagingException {
        Object content = message.getContent();
        if (content instanceof String s) {
            return s;
        }
        jakarta.mail.Multipart multipart = (jakarta.mail.Multipart) content;
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < multipart.getCount(); i++) {
            Object part = multipart.getBodyPart(i).getContent();
            out.append(part instanceof String s ? s : "");
        }
        return out.toString();
    }

    private static ReportValidated verdict(Verdict verdict, boolean dryRun, String contactEmail) {
        ReportSubmitted submitted = new ReportSubmitted(UUID.randomUUID().toString(), "agency-" + UUID.randomUUID(),
                SubmissionSource.PORTAL, "2023年报.docx", "text/plain", 10, "00".repeat(32),
                new StoredFileRef("submissions", "0"), dryRun, null, null, Instant.now());
        List<Finding> findings = verdict == Verdict.ACCEPTED ? List.of() : List.of(
                new Finding("A1", Severity.REJECT, "表三“自然人”列：总计 + 结转下年度 = 0，但新收 + 上年结转 = 2",
                        "Column 自然人: 2 vs 0", new FindingLocation("三", "三", null, "自然人"),
                        BigDecimal.ZERO, BigDecimal.valueOf(2), BigDecimal.valueOf(-2), "核对该列各项数字", "Check the column"),
                new Finding("N2", Severity.WARN, "表三有空白单元格", "Blank cells in table 三", null, null, null, null,
                        "空白处填0", "Fill in 0"));
        return new ReportValidated(submitted, verdict, findings,
                new ReportHeadline("高安市行政服务中心管委会2023年政府信息公开工作年度报告", "高安市行政服务中心管委会", 2023,
                        TemplateVersion.V30, contactEmail), Instant.now());
    }

    @Test
    void healthReportsKafkaAndMongoReady() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems(
                        containsString("MongoDB"),
                        containsString("Reactive Messaging")));
    }
}
