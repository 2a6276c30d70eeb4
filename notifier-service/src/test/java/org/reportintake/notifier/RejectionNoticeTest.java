package org.reportintake.notifier;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reportintake.infra.quarkus.LocalInfraTestResource;
import org.reportintake.infra.quarkus.TestInfra;
import org.reportintake.infra.testing.TopicClient;
import org.reportintake.model.event.EventCodec;
import org.reportintake.model.event.ReportValidated;
import org.reportintake.model.event.Topics;
import org.reportintake.model.event.Verdict;

import com.mongodb.client.MongoClient;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(LocalInfraTestResource.class)
class RejectionNoticeTest {

    @Inject
    MongoClient mongo;

    @ConfigProperty(name = "quarkus.mongodb.database")
    String database;

    private final TestInfra infra = LocalInfraTestResource.infra();
    private final TopicClient kafka = new TopicClient(infra.kafkaBootstrapServers());

    @BeforeEach
    void emptyMailbox() {
        infra.purgeMail();
    }

    @Test
    void rejectionDeliveredThreeTimesSendsOneEmailNamingEveryFindingAndHowToCorrect() throws Exception {
        ReportValidated rejected = NoticeFixtures.verdict(Verdict.REJECTED, false, "office@agency.example");
        MailText.Directory.register(mongo, database, rejected.submission().agencyId(), "DEPARTMENT");

        for (int i = 0; i < 3; i++) {
            kafka.send(Topics.VALIDATED, rejected.submission().agencyId(), EventCodec.toJson(rejected));
        }

        infra.awaitMessages(1, Duration.ofSeconds(30));
        Thread.sleep(3000); // long enough for the two redeliveries to have been consumed
        List<MimeMessage> mail = infra.receivedMessages();
        assertEquals(1, mail.size(), "exactly one email for one rejection");
        MimeMessage message = mail.get(0);
        assertEquals("office@agency.example", message.getAllRecipients()[0].toString());
        assertEquals("政府信息公开年报报送系统", ((InternetAddress) message.getFrom()[0]).getPersonal(), "a clear sender");
        assertTrue(message.getSubject().contains(NoticeFixtures.AGENCY_NAME + "2023年"), message.getSubject());
        assertTrue(message.getSubject().contains("需更正"), message.getSubject());
        String text = MailText.plain(message);
        assertTrue(text.contains("[A1]") && text.contains("列“自然人”") && text.contains("列“总计”"), text);
        assertTrue(text.contains("报告填写值：0；计算值：2；差额：-2"), text);
        assertTrue(text.contains("修改建议：核对该列各项数字"), text);
        assertTrue(text.contains("二、提示") && text.contains("[N2]"), "warnings listed separately: " + text);
        assertTrue(text.contains("2024年1月31日"), "the department deadline: " + text);
        assertTrue(text.contains("上传更正稿") && text.contains("/submissions/" + rejected.submission().submissionId()), text);
        assertTrue(text.contains("Summary (English)") && text.contains("REJECTED"), text);
        String html = MailText.html(message);
        assertTrue(html.contains("<td>A1</td>") && html.contains("列：自然人"), html);
    }

    @Test
    void directoryAddressesTakePrecedenceOverTheReportsOwn() throws Exception {
        ReportValidated rejected = NoticeFixtures.verdict(Verdict.REJECTED, false, "written@agency.example");
        MailText.Directory.register(mongo, database, rejected.submission().agencyId(), "PEOPLES_GOVERNMENT",
                "gkb@gov.example", "not an address\r\nBcc: x@evil.example", "clerk@gov.example");

        kafka.send(Topics.VALIDATED, rejected.submission().agencyId(), EventCodec.toJson(rejected));

        MimeMessage message = infra.awaitMessages(1, Duration.ofSeconds(30)).get(0);
        assertEquals(List.of("gkb@gov.example", "clerk@gov.example"),
                List.of(message.getAllRecipients()).stream().map(Object::toString).toList());
        assertTrue(MailText.plain(message).contains("2024年3月31日"), "a people's government's deadline");
    }

    @Test
    void acceptedAndDryRunVerdictsSendNoEmail() throws Exception {
        ReportValidated accepted = NoticeFixtures.verdict(Verdict.ACCEPTED, false, "a@agency.example");
        ReportValidated dryRun = NoticeFixtures.verdict(Verdict.REJECTED, true, "b@agency.example");
        ReportValidated marker = NoticeFixtures.verdict(Verdict.REJECTED, false, "marker@agency.example");

        kafka.send(Topics.VALIDATED, accepted.submission().agencyId(), EventCodec.toJson(accepted));
        kafka.send(Topics.VALIDATED, dryRun.submission().agencyId(), EventCodec.toJson(dryRun));
        kafka.send(Topics.VALIDATED, marker.submission().agencyId(), EventCodec.toJson(marker));

        infra.awaitMessages(1, Duration.ofSeconds(30));
        Thread.sleep(2000);
        List<MimeMessage> mail = infra.receivedMessages();
        assertEquals(1, mail.size());
        assertEquals("marker@agency.example", mail.get(0).getAllRecipients()[0].toString());
    }

    @Test
    void noticeWithoutAnyValidAddressIsRecordedUndeliverableForTheSupervisingOffice() throws Exception {
        ReportValidated rejected = NoticeFixtures.verdict(Verdict.REJECTED, false, "x@agency.example\r\nBcc: victim@evil.example");

        kafka.send(Topics.VALIDATED, rejected.submission().agencyId(), EventCodec.toJson(rejected));

        String submissionId = rejected.submission().submissionId();
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .header("Authorization", "Bearer local-admin-token")
                .queryParam("state", "UNDELIVERABLE")
                .when().get("/api/deliveries")
                .then().statusCode(200)
                .body("submissionId", hasItems(submissionId)));
        assertTrue(infra.receivedMessages().isEmpty(), "an injected address is never used");
        given().when().get("/api/deliveries").then().statusCode(401);
    }

    @Test
    void healthReportsKafkaAndMongoReady() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems(containsString("MongoDB"), containsString("Reactive Messaging")));
    }

}
