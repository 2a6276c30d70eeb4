package org.reportintake.notifier.delivery;

import java.time.Duration;
import java.util.Date;

import jakarta.enterprise.context.ApplicationScoped;

import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;

/**
 * One delivery record per (submission, notice type), {@code _id} = {@code submissionId:TYPE}. It is claimed before
 * sending (insert, unique by _id) and completed after, so a redelivered event never sends a second email.
 */
@ApplicationScoped
public class DeliveryRepository {

    public enum State { CLAIMED, SENT, UNDELIVERABLE, FAILED }

    private final MongoCollection<Document> deliveries;

    public DeliveryRepository(MongoClient client, @ConfigProperty(name = "quarkus.mongodb.database") String database) {
        this.deliveries = client.getDatabase(database).getCollection("deliveries");
    }

    /** The outcome of a claim. */
    public enum Claim {
        /** This caller holds the claim and must send. */
        OWNED,
        /** The notice was already sent, or recorded as undeliverable or failed: nothing to do. */
        DONE,
        /** Another attempt holds a live claim; ask again later. */
        HELD_ELSEWHERE
    }

    /**
     * Claims the delivery for {@code lease}. A claim whose lease ran out (its holder died between claim and send)
     * can be taken over, atomically, by exactly one later attempt.
     */
    public Claim claim(String submissionId, String noticeType, String agencyId, String recipient, Duration lease) {
        String id = submissionId + ":" + noticeType;
        Date now = new Date();
        Date leaseUntil = new Date(now.getTime() + lease.toMillis());
        try {
            deliveries.insertOne(new Document("_id", id)
                    .append("submissionId", submissionId)
                    .append("noticeType", noticeType)
                    .append("agencyId", agencyId)
                    .append("recipient", recipient)
                    .append("state", State.CLAIMED.name())
                    .append("attempts", 0)
                    .append("claimedAt", now)
                    .append("leaseUntil", leaseUntil));
            return Claim.OWNED;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
        Document takenOver = deliveries.findOneAndUpdate(
                Filters.and(Filters.eq("_id", id), Filters.eq("state", State.CLAIMED.name()), Filters.lt("leaseUntil", now)),
                Updates.combine(Updates.set("leaseUntil", leaseUntil), Updates.set("claimedAt", now)));
        if (takenOver != null) {
            return Claim.OWNED;
        }
        Document existing = deliveries.find(Filters.eq("_id", id)).first();
        return existing != null && State.CLAIMED.name().equals(existing.getString("state")) ? Claim.HELD_ELSEWHERE : Claim.DONE;
    }

    public void markSent(String submissionId, String noticeType, String messageId) {
        deliveries.updateOne(Filters.eq("_id", submissionId + ":" + noticeType), Updates.combine(
                Updates.set("state", State.SENT.name()),
                Updates.set("messageId", messageId),
                Updates.set("sentAt", new Date()),
                Updates.inc("attempts", 1)));
    }

    public void markAttemptFailed(String submissionId, String noticeType, String reason, boolean finalFailure) {
        deliveries.updateOne(Filters.eq("_id", submissionId + ":" + noticeType), Updates.combine(
                Updates.set("state", finalFailure ? State.FAILED.name() : State.CLAIMED.name()),
                Updates.set("lastError", reason),
                Updates.inc("attempts", 1)));
    }

    public Document find(String submissionId, String noticeType) {
        return deliveries.find(Filters.eq("_id", submissionId + ":" + noticeType)).first();
    }
}
