package org.reportintake.intake;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
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

/** The outcomes that are neither acceptance nor rejection: 待人工复核 and the legacy (pre-2019) report, through the API. */
@QuarkusTest
@QuarkusTestResource(LocalInfraTestResource.class)
class VerdictOutcomeTest {

    private static final String TOKEN = "Bearer local-admin-token";
    private static final String CONSUMER_GROUP = "intake-service";

    private final TopicClient kafka = new TopicClient(LocalInfraTestResource.infra().kafkaBootstrapServers());

    @Test
    void needsReviewVerdictEndsAsNeedsReviewWithItsChineseLabelInEveryView() {
        String agency = "agency-" + UUID.randomUUID();
        String id = upload(agency, "review");
        ReportSubmitted submitted = submittedEvent(agency);

        kafka.send(Topics.VALIDATED, agency, EventCodec.toJson(verdict(submitted, Verdict.NEEDS_REVIEW, List.of(review()))));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().header("Authorization", TOKEN)
                .when().get("/api/submissions/" + id)
                .then().statusCode(200)
                .body("status", equalTo("NEEDS_REVIEW"))
                .body("statusZh", equalTo("待人工复核"))
                .body("verdict", equalTo("NEEDS_REVIEW"))
                .body("findings[0].severity", equalTo("REVIEW")));
        given().header("Authorization", TOKEN).queryParam("agencyId", agency)
                .when().get("/api/submissions")
                .then().statusCode(200)
                .body("status", equalTo(List.of("NEEDS_REVIEW")))
                .body("statusZh", equalTo(List.of("待人工复核")));
        given().header("Authorization", TOKEN).contentType("application/json").body(Map.of("ids", List.of(id)))
                .when().post("/api/submissions/lookup")
                .then().statusCode(200)
                .body("status", equalTo(List.of("NEEDS_REVIEW")))
                .body("statusZh", equalTo(List.of("待人工复核")));
    }

    @Test
    void legacyVerdictEndsAsLegacyWithItsChineseLabelInEveryView() {
        String agency = "agency-" + UUID.randomUUID();
        String id = upload(agency, "legacy");
        ReportSubmitted submitted = submittedEvent(agency);

        kafka.send(Topics.VALIDATED, agency, EventCodec.toJson(verdict(submitted, Verdict.LEGACY, List.of())));

        String label = "历史格式年报（2018年及以前），不适用现行格式校验";
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().header("Authorization", TOKEN)
                .when().get("/api/submissions/" + id)
                .then().statusCode(200)
                .body("status", equalTo("LEGACY"))
                .body("statusZh", equalTo(label))
                .body("verdict", equalTo("LEGACY")));
        given().header("Authorization", TOKEN).queryParam("agencyId", agency)
                .when().get("/api/submissions")
                .then().statusCode(200).body("status", equalTo(List.of("LEGACY"))).body("statusZh", equalTo(List.of(label)));
        given().header("Authorization", TOKEN).contentType("application/json").body(Map.of("ids", List.of(id)))
                .when().post("/api/submissions/lookup")
                .then().statusCode(200).body("status", equalTo(List.of("LEGACY"))).body("statusZh", equalTo(List.of(label)));
    }

    @Test
    void existingStatusesKeepTheirNamesAndGainOnlyTheLabel() {
        String agency = "agency-" + UUID.randomUUID();
        String id = upload(agency, "received");

        given().header("Authorization", TOKEN).when().get("/api/submissions/" + id)
                .then().statusCode(200)
                .body("status", equalTo("RECEIVED"))
                .body("statusZh", equalTo("已接收，正在检查"));
    }

    @Test
    void redeliveredNeedsReviewVerdictLeavesTheSameRecord() throws Exception {
        String agency = "agency-" + UUID.randomUUID();
        String id = upload(agency, "redelivery");
        ReportSubmitted submitted = submittedEvent(agency);
        String payload = EventCodec.toJson(verdict(submitted, Verdict.NEEDS_REVIEW, List.of(review())));
        kafka.send(Topics.VALIDATED, agency, payload);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().header("Authorization", TOKEN)
                .when().get("/api/submissions/" + id).then().body("status", equalTo("NEEDS_REVIEW")));
        String first = given().header("Authorization", TOKEN).when().get("/api/submissions/" + id).asString();

        kafka.send(Topics.VALIDATED, agency, payload);

        // The redelivered copy has been handled once the service's group has committed past it (commits follow
        // processing, in order); only then is the record compared.
        List<TopicClient.Received> copies = kafka.read(Topics.VALIDATED, r -> agency.equals(r.key()), 2,
                Duration.ofSeconds(30), Duration.ZERO);
        assertEquals(2, copies.size(), "both copies are on the topic");
        TopicClient.Received second = copies.get(1);
        awaitCommittedPast(new TopicPartition(Topics.VALIDATED, second.partition()), second.offset());
        Response after = given().header("Authorization", TOKEN).when().get("/api/submissions/" + id);
        assertEquals(first, after.asString(), "the same status, verdict, findings and time");
        after.then().body("status", equalTo("NEEDS_REVIEW")).body("findings.size()", equalTo(1));
        assertTrue(kafka.read(Topics.VALIDATED_DLQ_INTAKE, r -> agency.equals(r.key()), 1, Duration.ofSeconds(2),
                Duration.ZERO).isEmpty(), "the copy was processed, not dead-lettered");
    }

    private void awaitCommittedPast(TopicPartition partition, long offset) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                LocalInfraTestResource.infra().kafkaBootstrapServers()))) {
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(CONSUMER_GROUP)
                        .partitionsToOffsetAndMetadata().get();
                OffsetAndMetadata at = committed.get(partition);
                return at != null && at.offset() > offset;
            });
        }
    }

    private static String upload(String agency, String marker) {
        byte[] content = ("某县人民政府\n2023年政府信息公开工作年度报告\n" + marker + " " + UUID.randomUUID() + "\n")
                .getBytes(StandardCharsets.UTF_8);
        return given().header("Authorization", TOKEN)
                .multiPart("file", marker + ".txt", content, "application/octet-stream")
                .formParam("agencyId", agency)
                .when().post("/api/submissions").then().statusCode(202).extract().path("id");
    }

    private ReportSubmitted submittedEvent(String agency) {
        return EventCodec.fromJson(kafka.read(Topics.SUBMITTED, r -> agency.equals(r.key()), 1,
                Duration.ofSeconds(30), Duration.ZERO).get(0).value(), ReportSubmitted.class);
    }

    private static Finding review() {
        return new Finding("P9", Severity.REVIEW, "表三未能可靠识别，相关数字未核对", "Table 三 not mapped with confidence",
                new FindingLocation("三、收到和处理政府信息公开申请情况", "三", null, null), null, null, null,
                "由上级主管部门人工核对", "Checked by the supervising office");
    }

    private static ReportValidated verdict(ReportSubmitted submitted, Verdict verdict, List<Finding> findings) {
        // Millisecond precision, as MongoDB stores it, so that a redelivery compares equal.
        return new ReportValidated(submitted, verdict, findings, new ReportHeadline(null, "某县人民政府", 2023, null, null),
                Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }
}
