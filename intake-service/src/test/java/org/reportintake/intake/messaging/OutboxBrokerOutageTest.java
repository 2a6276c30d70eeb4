package org.reportintake.intake.messaging;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.bson.Document;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import org.reportintake.infra.quarkus.LocalInfraTestResource;
import org.reportintake.infra.quarkus.TestInfra;
import org.reportintake.infra.testing.TopicClient;
import org.reportintake.model.event.EventCodec;
import org.reportintake.model.event.ReportSubmitted;
import org.reportintake.model.event.Topics;

import com.mongodb.client.MongoClient;
import com.mongodb.client.model.Filters;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Nothing is lost while Kafka is down: the upload is answered at once from MongoDB, and the outbox relay publishes
 * the event exactly once after the broker is back. In its own class because it stops the broker every test class of
 * this JVM shares; the broker is restarted in a finally block.
 */
@QuarkusTest
@QuarkusTestResource(LocalInfraTestResource.class)
class OutboxBrokerOutageTest {

    private static final Logger LOG = Logger.getLogger(OutboxBrokerOutageTest.class);
    // Longer than the producer's delivery.timeout.ms (20 s): the first send expires unsent and the relay retries.
    private static final Duration OUTAGE = Duration.ofSeconds(25);
    private static final Duration SETTLE = Duration.ofSeconds(15);

    @Inject
    MongoClient mongo;

    @Test
    void uploadDuringBrokerOutageIsPublishedExactlyOnceAfterRestart() throws InterruptedException {
        TestInfra infra = LocalInfraTestResource.infra();
        TopicClient kafka = new TopicClient(infra.kafkaBootstrapServers());
        String agency = "outage-" + UUID.randomUUID();
        byte[] content = ("某县人民政府\n2023年政府信息公开工作年度报告\n" + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);

        // A running service has published before: warm up the HTTP path and the producer's topic metadata.
        String warmAgency = agency + "-warm";
        upload(warmAgency, ("warm-up " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8)).then().statusCode(202);
        assertEquals(1, kafka.read(Topics.SUBMITTED, r -> warmAgency.equals(r.key()), 1, Duration.ofSeconds(60),
                Duration.ZERO).size());

        long t0 = System.nanoTime();
        infra.stopKafka();
        long stopped = System.nanoTime();
        String id;
        long answered;
        long restarted;
        try {
            Response response = upload(agency, content);
            answered = System.nanoTime();
            response.then().statusCode(202);
            id = response.path("id");
            assertTrue(Duration.ofNanos(answered - stopped).compareTo(Duration.ofSeconds(5)) < 0,
                    "the receipt does not wait for Kafka");
            Thread.sleep(OUTAGE.toMillis()); // several relay ticks fail meanwhile
        } finally {
            infra.startKafka();
            restarted = System.nanoTime();
        }

        List<TopicClient.Received> records = kafka.read(Topics.SUBMITTED, r -> agency.equals(r.key()), 1,
                Duration.ofSeconds(90), SETTLE);
        long read = System.nanoTime();
        Document outbox = mongo.getDatabase("report_intake").getCollection("submissions")
                .find(Filters.eq("_id", id)).first().get("outbox", Document.class);
        LOG.infof("Outbox outage test: broker stopped in %d ms; upload answered 202 after %d ms with the broker down; "
                + "broker down for %d ms in all; first record seen %d ms after the restart; %d record(s) for the "
                + "submission on %s after a %d s settle period; outbox entry %s after %d publish attempt(s)",
                ms(stopped - t0), ms(answered - stopped), ms(restarted - stopped), ms(read - restarted) - SETTLE.toMillis(),
                records.size(), Topics.SUBMITTED, SETTLE.toSeconds(), outbox.getString("state"), outbox.getInteger("attempts"));
        assertEquals(1, records.size(), "exactly one ReportSubmitted after the outage");
        assertEquals(id, records.get(0).headers().get("ce_id"));
        assertEquals(id, EventCodec.fromJson(records.get(0).value(), ReportSubmitted.class).submissionId());
        assertEquals("SENT", outbox.getString("state"));
    }

    private static Response upload(String agency, byte[] content) {
        return given().header("Authorization", "Bearer local-admin-token")
                .multiPart("file", "outage.txt", content, "text/plain").formParam("agencyId", agency)
                .when().post("/api/submissions");
    }

    private static long ms(long nanos) {
        return Duration.ofNanos(nanos).toMillis();
    }
}
