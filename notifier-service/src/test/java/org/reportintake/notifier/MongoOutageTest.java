package org.reportintake.notifier;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reportintake.infra.quarkus.LocalInfraTestResource;
import org.reportintake.infra.quarkus.TestInfra;
import org.reportintake.model.event.EventCodec;
import org.reportintake.model.event.ReportValidated;
import org.reportintake.model.event.Verdict;
import org.reportintake.notifier.delivery.DeliveryRepository;
import org.reportintake.notifier.directory.AgencyDirectory;
import org.reportintake.notifier.mail.NoticeRenderer;
import org.reportintake.notifier.mail.RecipientResolver;
import org.reportintake.notifier.messaging.ValidatedConsumer;

import com.mongodb.MongoSocketReadException;
import com.mongodb.ServerAddress;
import com.mongodb.client.MongoClient;

import io.quarkus.mailer.Mailer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A MongoDB connection that drops mid-handling (what a database restart does to in-flight operations) is waited out:
 * the notice is sent exactly once and recorded, and the verdict does not go to the dead-letter topic. The drops are
 * injected in front of the real repository; everything else is the real MongoDB, SMTP server and mail code.
 */
@QuarkusTest
@QuarkusTestResource(LocalInfraTestResource.class)
class MongoOutageTest {

    @Inject
    MongoClient mongo;

    @ConfigProperty(name = "quarkus.mongodb.database")
    String database;

    @Inject
    AgencyDirectory directory;

    @Inject
    RecipientResolver recipients;

    @Inject
    NoticeRenderer renderer;

    @Inject
    Mailer mailer;

    @Inject
    SendPolicy policy;

    private final TestInfra infra = LocalInfraTestResource.infra();

    @BeforeEach
    void emptyMailbox() {
        infra.purgeMail();
    }

    @Test
    void connectionDroppedDuringClaimAndAfterSendingStillSendsExactlyOneNoticeAndRecordsIt() throws Exception {
        DroppingDeliveries deliveries = new DroppingDeliveries(mongo, database);
        ValidatedConsumer consumer = new ValidatedConsumer(
                new NotificationService(deliveries, directory, recipients, renderer, mailer, policy));
        ReportValidated rejected = NoticeFixtures.verdict(Verdict.REJECTED, false, "office@agency.example");

        consumer.onValidated(EventCodec.toJson(rejected)); // throws (and dead-letters) if the drops are not waited out

        assertEquals(1, deliveries.claimDrops.get(), "the first claim met a dropped connection");
        assertEquals(1, deliveries.markSentDrops.get(), "the first record of the sent mail met a dropped connection");
        List<?> mail = infra.awaitMessages(1, Duration.ofSeconds(20));
        Thread.sleep(2000);
        assertEquals(1, infra.receivedMessages().size(), "exactly one notice: " + mail.size());
        assertEquals("SENT", deliveries.find(rejected.submission().submissionId(), "REJECTION").getString("state"));
    }

    /** The real repository, whose first claim and first mark-sent each fail the way a restarting server fails them. */
    static final class DroppingDeliveries extends DeliveryRepository {

        final AtomicInteger claimDrops = new AtomicInteger();
        final AtomicInteger markSentDrops = new AtomicInteger();

        DroppingDeliveries(MongoClient client, String database) {
            super(client, database);
        }

        @Override
        public Claim claim(String submissionId, String noticeType, String agencyId, Duration lease) {
            if (claimDrops.getAndIncrement() == 0) {
                throw dropped();
            }
            claimDrops.decrementAndGet();
            return super.claim(submissionId, noticeType, agencyId, lease);
        }

        @Override
        public void markSent(String submissionId, String noticeType, List<String> to, String origin, String messageId) {
            if (markSentDrops.getAndIncrement() == 0) {
                throw dropped();
            }
            markSentDrops.decrementAndGet();
            super.markSent(submissionId, noticeType, to, origin, messageId);
        }

        private static MongoSocketReadException dropped() {
            return new MongoSocketReadException("Prematurely reached end of stream", new ServerAddress("127.0.0.1"));
        }
    }
}
