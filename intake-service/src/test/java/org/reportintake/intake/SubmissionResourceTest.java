package org.reportintake.intake;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.reportintake.infra.quarkus.LocalInfraTestResource;
import org.reportintake.infra.testing.TopicClient;
import org.reportintake.model.event.EventCodec;
import org.reportintake.model.event.Finding;
import org.reportintake.model.event.FindingLocation;
import org.reportintake.model.event.ReportHeadline;
import org.reportintake.model.event.ReportSubmitted;
import org.reportintake.model.event.ReportValidated;
import org.reportintake.model.event.Severity;
import org.reportintake.model.event.Topics;
import org.reportintake.model.event.Verdict;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
@QuarkusTestResource(LocalInfraTestResource.class)
class SubmissionResourceTest {

    private static final String TOKEN = "Bearer local-admin-token";

    private final TopicClient kafka = new TopicClient(LocalInfraTestResource.infra().kafkaBootstrapServers());

    @Test
    void uploadIsAnsweredWithReceiptAndPublishedAsCloudEventKeyedByAgency() {
        String agency = "agency-" + UUID.randomUUID();
        byte[] content = report("publish");

        Response response = upload(agency, "../..//年度报告<script>.txt", content);

        response.then().statusCode(202).body("status", equalTo("RECEIVED")).body("id", notNullValue());
        String id = response.path("id");
        List<TopicClient.Received> records = kafka.read(Topics.SUBMITTED, r -> agency.equals(r.key()), 1,
                Duration.ofSeconds(30), Duration.ofSeconds(1));
        assertEquals(1, records.size(), "exactly one ReportSubmitted for the upload");
        TopicClient.Received record = records.get(0);
        assertEquals(id, record.headers().get("ce_id"));
        assertEquals(Topics.TYPE_SUBMITTED, record.headers().get("ce_type"));
        assertTrue(record.headers().containsKey("ce_source"));
        ReportSubmitted event = EventCodec.fromJson(record.value(), ReportSubmitted.class);
        assertEquals(agency, event.agencyId());
        assertEquals("text/plain", event.mediaType(), "type detected from content");
        assertEquals(content.length, event.size());
        assertEquals(64, event.sha256().length());
        assertEquals("submissions", event.file().bucket());
        assertFalse(event.fileName().contains("/") || event.fileName().contains("<"), "file name sanitised: " + event.fileName());
        assertFalse(record.value().contains("政府信息公开"), "the event carries a reference, never the bytes");
    }

    @Test
    void uploadAboveTheSizeLimitBecomesASubmissionWithoutStoredBytes() {
        String agency = "agency-" + UUID.randomUUID();
        byte[] content = new byte[52_428_800 + 1024];
        Arrays.fill(content, (byte) 'x');

        Response response = upload(agency, "huge.pdf", content);

        response.then().statusCode(202).body("status", equalTo("RECEIVED"));
        List<TopicClient.Received> records = kafka.read(Topics.SUBMITTED, r -> agency.equals(r.key()), 1,
                Duration.ofSeconds(30), Duration.ofSeconds(1));
        assertEquals(1, records.size(), "the oversized upload is published for the parser to reject");
        ReportSubmitted event = EventCodec.fromJson(records.get(0).value(), ReportSubmitted.class);
        assertEquals(content.length, event.size());
        assertNull(event.file(), "oversized bytes are not stored");
    }

    @Test
    void sameBytesForSameAgencyReturnTheExistingSubmission() {
        String agency = "agency-" + UUID.randomUUID();
        byte[] content = report("duplicate");

        String first = upload(agency, "a.txt", content).then().statusCode(202).extract().path("id");
        Response again = upload(agency, "b.txt", content);

        again.then().statusCode(200).body("id", equalTo(first)).body("duplicate", equalTo(true));
        String otherAgency = upload("agency-" + UUID.randomUUID(), "a.txt", content).then().statusCode(202).extract().path("id");
        assertFalse(first.equals(otherAgency), "another agency's identical file is its own submission");
    }

    @Test
    void lookupAnswersTheStatusOfManySubmissionsInOneRequest() {
        String agency = "agency-" + UUID.randomUUID();
        String first = upload(agency, "1.txt", report("lookup-1")).then().statusCode(202).extract().path("id");
        String second = upload(agency, "2.txt", report("lookup-2")).then().statusCode(202).extract().path("id");

        given().header("Authorization", TOKEN).contentType("application/json")
                .body(Map.of("ids", List.of(second, "no-such-submission", first, second)))
                .when().post("/api/submissions/lookup")
                .then().statusCode(200)
                .body("id", equalTo(List.of(second, first)))
                .body("agencyId", equalTo(List.of(agency, agency)))
                .body("status", equalTo(List.of("RECEIVED", "RECEIVED")));
    }

    @Test
    void lookupRefusesAnEmptyOrOverlongListWithAReason() {
        given().header("Authorization", TOKEN).contentType("application/json").body(Map.of("ids", List.of()))
                .when().post("/api/submissions/lookup").then().statusCode(400).body("code", equalTo("MISSING_IDS"));
        List<String> tooMany = IntStream.range(0, 501).mapToObj(i -> "id-" + i).toList();
        given().header("Authorization", TOKEN).contentType("application/json").body(Map.of("ids", tooMany))
                .when().post("/api/submissions/lookup").then().statusCode(400).body("code", equalTo("TOO_MANY_IDS"))
                .body("messageZh", containsString("500"));
    }

    @Test
    void callerWithoutValidTokenIsRefused() {
        given().multiPart("file", "a.txt", report("unauth"), "text/plain")
                .when().post("/api/submissions").then().statusCode(401);
        given().header("Authorization", "Bearer wrong").when().get("/api/submissions/whatever").then().statusCode(401);
    }

    @Test
    void statusFollowsTheVerdictPublishedOnValidatedTopic() {
        String agency = "agency-" + UUID.randomUUID();
        String id = upload(agency, "r.txt", report("verdict")).then().statusCode(202).extract().path("id");
        ReportSubmitted submitted = EventCodec.fromJson(kafka.read(Topics.SUBMITTED, r -> agency.equals(r.key()), 1,
                Duration.ofSeconds(30), Duration.ZERO).get(0).value(), ReportSubmitted.class);

        kafka.send(Topics.VALIDATED, agency, EventCodec.toJson(rejected(submitted)));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().header("Authorization", TOKEN)
                .when().get("/api/submissions/" + id)
                .then().statusCode(200)
                .body("status", equalTo("REJECTED"))
                .body("verdict", equalTo("REJECTED"))
                .body("agencyId", equalTo(agency))
                .body("findings[0].ruleId", equalTo("A1"))
                .body("findings[0].location.columnLabel", equalTo("自然人"))
                .body("findings[0].reported", equalTo(2)));
    }

    @Test
    void unreadableVerdictGoesToDeadLetterTopicAndLaterVerdictsStillArrive() {
        String agency = "agency-" + UUID.randomUUID();
        String id = upload(agency, "r.txt", report("dlq")).then().statusCode(202).extract().path("id");
        ReportSubmitted submitted = EventCodec.fromJson(kafka.read(Topics.SUBMITTED, r -> agency.equals(r.key()), 1,
                Duration.ofSeconds(30), Duration.ZERO).get(0).value(), ReportSubmitted.class);

        kafka.send(Topics.VALIDATED, agency, "{this is not a verdict");
        kafka.send(Topics.VALIDATED, agency, EventCodec.toJson(rejected(submitted)));

        List<TopicClient.Received> dead = kafka.read(Topics.VALIDATED_DLQ_INTAKE, r -> agency.equals(r.key()), 1,
                Duration.ofSeconds(30), Duration.ZERO);
        assertEquals(1, dead.size());
        assertEquals("{this is not a verdict", dead.get(0).value());
        assertTrue(dead.get(0).headers().get("dead-letter-reason").contains("not a valid ReportValidated"),
                String.valueOf(dead.get(0).headers()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().header("Authorization", TOKEN)
                .when().get("/api/submissions/" + id).then().body("status", equalTo("REJECTED")));
    }

    private static Response upload(String agency, String fileName, byte[] content) {
        return given().header("Authorization", TOKEN)
                .multiPart("file", fileName, content, "application/octet-stream")
                .formParam("agencyId", agency)
                .when().post("/api/submissions");
    }

    private static byte[] report(String marker) {
        return ("某县人民政府\n2023年政府信息公开工作年度报告\n" + marker + " " + UUID.randomUUID() + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static ReportValidated rejected(ReportSubmitted submitted) {
        Finding a1 = new Finding("A1", Severity.REJECT, "表三“自然人”列不平衡", "Column 自然人 does not add up",
                new FindingLocation("三", "三", null, "自然人"), BigDecimal.valueOf(2), BigDecimal.ZERO,
                BigDecimal.valueOf(2), "核对", "Check");
        return new ReportValidated(submitted, Verdict.REJECTED, List.of(a1),
                new ReportHeadline(null, "某县人民政府", 2023, null, null), Instant.now());
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
