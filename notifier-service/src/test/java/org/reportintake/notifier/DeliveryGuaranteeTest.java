package org.reportintake.notifier;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Date;
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
import org.reportintake.model.event.ReportValidated;
import org.reportintake.model.event.Topics;
import org.reportintake.model.event.Verdict;
import org.reportintake.notifier.delivery.DeliveryRepository;

import com.mongodb.client.MongoClient;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Exactly one email per rejection across crashes, redeliveries and SMTP outages. */
@QuarkusTest
@QuarkusTestResource(LocalInfraTestResource.class)
class DeliveryGuaranteeTest {

    @Inject
    MongoClient mongo;

    @Inject
    DeliveryRepository deliveries;

    @ConfigProperty(name = "quarkus.mongodb.database")
    String database;

    private final TestInfra infra = LocalInfraTestResource.infra();
    private final TopicClient kafka = new TopicClient(infra.kafkaBootstrapServers());

    @BeforeEach
    void emptyMailbox() {
        infra.purgeMail();
    }

    @Test
    void noticeClaimedByAnInstanceThatDiedBeforeSendingIsSentOnceAfterItsLeaseRunsOut() throws Exception {
        ReportValidated rejected = NoticeFixtures.verdict(Verdict.REJECTED, false, "office@agency.example");
        String submissionId = rejected.submission().submissionId();
        // What a notifier killed between claim and send leaves behind: a live claim and no email.
        mongo.getDatabase(database).getCollection("deliveries").insertOne(new Document("_id", submissionId + ":REJECTION")
                .append("submissionId", submissionId).append("noticeType", "REJECTION")
                .append("agencyId", rejected.submission().agencyId()).append("state", "CLAIMED").append("attempts", 0)
                .append("claimedAt", new Date()).append("leaseUntil", new Date(System.currentTimeMillis() + 2000)));

        // The restarted notifier receives the uncommitted event again, twice for good measure.
        kafka.send(Topics.VALIDATED, rejected.submission().agencyId(), EventCodec.toJson(rejected));
        kafka.send(Topics.VALIDATED, rejected.submission().agencyId(), EventCodec.toJson(rejected));

        infra.awaitMessages(1, Duration.ofSeconds(30));
        Thread.sleep(3000);
        assertEquals(1, infra.receivedMessages().size());
        assertEquals("SENT", deliveries.find(submissionId, "REJECTION").getString("state"));
    }

    @Test
    void smtpOutageFollowedByRecoveryDeliversExactlyOnce() throws Exception {
        ReportValidated rejected = NoticeFixtures.verdict(Verdict.REJECTED, false, "office@agency.example");
        String submissionId = rejected.submission().submissionId();
        infra.stopSmtp();
        try {
            kafka.send(Topics.VALIDATED, rejected.submission().agencyId(), EventCodec.toJson(rejected));
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                Document d = deliveries.find(submissionId, "REJECTION");
                return d != null && d.getInteger("attempts", 0) >= 1;
            });
        } finally {
            infra.resumeSmtp();
        }

        List<MimeMessage> mail = infra.awaitMessages(1, Duration.ofSeconds(30));
        Thread.sleep(2000);
        assertEquals(1, infra.receivedMessages().size(), "one email after the outage: " + mail.size());
        Document record = deliveries.find(submissionId, "REJECTION");
        assertEquals("SENT", record.getString("state"));
        assertTrue(record.getInteger("attempts") >= 2, "the failed attempt is on record: " + record.toJson());
    }

    @Test
    void smtpThatStaysDownMarksDeliveryFailedAndSendsTheEventToTheDeadLetterTopic() throws Exception {
        ReportValidated rejected = NoticeFixtures.verdict(Verdict.REJECTED, false, "office@agency.example");
        String submissionId = rejected.submission().submissionId();
        List<TopicClient.Received> dead;
        infra.stopSmtp();
        try {
            kafka.send(Topics.VALIDATED, rejected.submission().agencyId(), EventCodec.toJson(rejected));
            dead = kafka.read(Topics.VALIDATED_DLQ_NOTIFIER, r -> r.value().contains(submissionId), 1,
                    Duration.ofSeconds(40), Duration.ZERO);
        } finally {
            infra.resumeSmtp();
        }

        assertEquals(1, dead.size());
        assertTrue(dead.get(0).headers().get("dead-letter-reason").contains("SMTP send failed"),
                String.valueOf(dead.get(0).headers()));
        Document record = deliveries.find(submissionId, "REJECTION");
        assertEquals("FAILED", record.getString("state"));
        assertEquals(6, record.getInteger("attempts"));
    }
}
