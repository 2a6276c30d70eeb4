package org.reportintake.parser.messaging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.bson.types.ObjectId;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.reportintake.infra.quarkus.LocalInfraTestResource;
import org.reportintake.infra.testing.TopicClient;
import org.reportintake.model.event.EventCodec;
import org.reportintake.model.event.ParseFailureCode;
import org.reportintake.model.event.ReportParsed;
import org.reportintake.model.event.ReportSubmitted;
import org.reportintake.model.event.StoredFileRef;
import org.reportintake.model.event.SubmissionSource;
import org.reportintake.model.event.Topics;
import org.reportintake.model.report.ApplicantColumn;
import org.reportintake.model.report.ApplicationRow;

import com.mongodb.client.MongoClient;
import com.mongodb.client.gridfs.GridFSBuckets;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
@QuarkusTestResource(LocalInfraTestResource.class)
class SubmittedConsumerTest {

    @Inject
    MongoClient mongo;

    @ConfigProperty(name = "quarkus.mongodb.database")
    String database;

    private final TopicClient kafka = new TopicClient(LocalInfraTestResource.infra().kafkaBootstrapServers());

    @Test
    void storedSeedBecomesParsedReportOnParsedTopic() throws IOException {
        byte[] seed;
        try (InputStream in = getClass().getResourceAsStream("/corpus/seeds/000_c82a2c402dd56cf8.txt")) {
            seed = in.readAllBytes();
        }
        ReportSubmitted submitted = submitted(store(seed));

        kafka.send(Topics.SUBMITTED, submitted.agencyId(), EventCodec.toJson(submitted));

        ReportParsed parsed = awaitParsed(submitted);
        assertTrue(parsed.succeeded(), String.valueOf(parsed.failure()));
        assertEquals(2023, parsed.report().metadata().reportYear());
        assertEquals(new BigDecimal("2"), parsed.report().applications()
                .cell(ApplicationRow.NEW_RECEIVED, ApplicantColumn.NATURAL_PERSON).orElseThrow().value());
        assertEquals(submitted, parsed.submission(), "the submission travels with its answer");
    }

    @Test
    void missingStoredFileIsAnsweredWithParseFailure() {
        ReportSubmitted submitted = submitted(new StoredFileRef("submissions", new ObjectId().toHexString()));

        kafka.send(Topics.SUBMITTED, submitted.agencyId(), EventCodec.toJson(submitted));

        ReportParsed parsed = awaitParsed(submitted);
        assertNull(parsed.report());
        assertEquals(ParseFailureCode.FILE_MISSING, parsed.failure().code());
        assertTrue(parsed.failure().messageZh().contains("重新上传"));
    }

    @Test
    void submissionDeclaredLargerThanTheLimitIsAnsweredTooLargeWithoutAStoredFile() {
        // Intake records an oversized upload without storing its bytes: no file reference, the real size.
        long size = 200L * 1024 * 1024;
        ReportSubmitted submitted = new ReportSubmitted(UUID.randomUUID().toString(), "agency-" + UUID.randomUUID(),
                SubmissionSource.PORTAL, "huge.pdf", "application/pdf", size, "00".repeat(32), null, false, null, null,
                Instant.now());

        kafka.send(Topics.SUBMITTED, submitted.agencyId(), EventCodec.toJson(submitted));

        ReportParsed parsed = awaitParsed(submitted);
        assertNull(parsed.report());
        assertEquals(ParseFailureCode.TOO_LARGE, parsed.failure().code());
        assertTrue(parsed.failure().messageEn().contains("200 MB"), parsed.failure().messageEn());
    }

    @Test
    void unreadableEventGoesToDeadLetterTopicWithoutBlockingThePartition() {
        String agency = "agency-" + UUID.randomUUID();
        ReportSubmitted after = submitted(agency, new StoredFileRef("submissions", new ObjectId().toHexString()));

        kafka.send(Topics.SUBMITTED, agency, "garbage");
        kafka.send(Topics.SUBMITTED, agency, EventCodec.toJson(after));

        List<TopicClient.Received> dead = kafka.read(Topics.SUBMITTED_DLQ_PARSER, r -> agency.equals(r.key()), 1,
                Duration.ofSeconds(30), Duration.ZERO);
        assertEquals(1, dead.size());
        assertEquals("garbage", dead.get(0).value());
        assertTrue(dead.get(0).headers().containsKey("dead-letter-reason"));
        assertEquals(ParseFailureCode.FILE_MISSING, awaitParsed(after).failure().code(), "the next record is still processed");
    }

    private ReportParsed awaitParsed(ReportSubmitted submitted) {
        List<TopicClient.Received> records = kafka.read(Topics.PARSED,
                r -> r.value().contains(submitted.submissionId()), 1, Duration.ofSeconds(30), Duration.ZERO);
        assertEquals(1, records.size(), "one ReportParsed for " + submitted.submissionId());
        assertEquals(submitted.agencyId(), records.get(0).key());
        assertEquals(Topics.TYPE_PARSED, records.get(0).headers().get("ce_type"));
        return EventCodec.fromJson(records.get(0).value(), ReportParsed.class);
    }

    private StoredFileRef store(byte[] content) {
        ObjectId id = GridFSBuckets.create(mongo.getDatabase(database), "submissions")
                .uploadFromStream("seed.txt", new ByteArrayInputStream(content));
        return new StoredFileRef("submissions", id.toHexString());
    }

    private static ReportSubmitted submitted(StoredFileRef ref) {
        return submitted("agency-" + UUID.randomUUID(), ref);
    }

    private static ReportSubmitted submitted(String agency, StoredFileRef ref) {
        return new ReportSubmitted(UUID.randomUUID().toString(), agency, SubmissionSource.PORTAL, "seed.txt",
                "text/plain", 100, "00".repeat(32), ref, false, null, null, Instant.now());
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
