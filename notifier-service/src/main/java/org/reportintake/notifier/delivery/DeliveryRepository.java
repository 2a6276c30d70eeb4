package org.reportintake.notifier.delivery;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;

/**
 * One delivery record per (submission, notice type), {@code _id} = {@code submissionId:TYPE}. It is claimed before
 * sending (an insert, unique by _id, with a lease) and completed after, so a redelivered event never sends a second
 * email, and a claim whose holder died is taken over by exactly one later attempt once its lease has run out.
 */
@ApplicationScoped
public class DeliveryRepository {

    /** The life of a delivery record. */
    public enum State {
        CLAIMED,
        SENT,
        /** No address to send to: shown to the supervising office. */
        UNDELIVERABLE,
        /** Sending kept failing; the event went to the dead-letter topic. A replay may claim it again. */
        FAILED
    }

    /** The outcome of a claim. */
    public enum Claim {
        /** This caller holds the claim and must send. */
        OWNED,
        /** The notice was already sent or recorded as undeliverable: nothing to do. */
        DONE,
        /** Another attempt holds a live claim; ask again later. */
        HELD_ELSEWHERE
    }

    private final MongoCollection<Document> deliveries;

    public DeliveryRepository(MongoClient client, @ConfigProperty(name = "quarkus.mongodb.database") String database) {
        this.deliveries = client.getDatabase(database).getCollection("deliveries");
    }

    public Claim claim(String submissionId, String noticeType, String agencyId, Duration lease) {
        String id = id(submissionId, noticeType);
        Date now = new Date();
        Date leaseUntil = new Date(now.getTime() + lease.toMillis());
        try {
            deliveries.insertOne(new Document("_id", id)
                    .append("submissionId", submissionId)
                    .append("noticeType", noticeType)
                    .append("agencyId", agencyId)
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
        Bson takeable = Filters.or(
                Filters.eq("state", State.FAILED.name()),
                Filters.and(Filters.eq("state", State.CLAIMED.name()), Filters.lt("leaseUntil", now)));
        Document takenOver = deliveries.findOneAndUpdate(Filters.and(Filters.eq("_id", id), takeable),
                Updates.combine(Updates.set("state", State.CLAIMED.name()), Updates.set("leaseUntil", leaseUntil),
                        Updates.set("claimedAt", now)));
        if (takenOver != null) {
            return Claim.OWNED;
        }
        Document existing = deliveries.find(Filters.eq("_id", id)).first();
        return existing != null && State.CLAIMED.name().equals(existing.getString("state")) ? Claim.HELD_ELSEWHERE : Claim.DONE;
    }

    /** Keeps the claim alive while a send is being retried. */
    public void extendLease(String submissionId, String noticeType, Duration lease) {
        deliveries.updateOne(Filters.eq("_id", id(submissionId, noticeType)),
                Updates.set("leaseUntil", new Date(System.currentTimeMillis() + lease.toMillis())));
    }

    public void markSent(String submissionId, String noticeType, List<String> recipients, String origin, String messageId) {
        deliveries.updateOne(Filters.eq("_id", id(submissionId, noticeType)), Updates.combine(
                Updates.set("state", State.SENT.name()),
                Updates.set("recipients", recipients),
                Updates.set("recipientOrigin", origin),
                Updates.set("messageId", messageId),
                Updates.set("sentAt", new Date()),
                Updates.inc("attempts", 1)));
    }

    public void markUndeliverable(String submissionId, String noticeType, String reason) {
        deliveries.updateOne(Filters.eq("_id", id(submissionId, noticeType)), Updates.combine(
                Updates.set("state", State.UNDELIVERABLE.name()),
                Updates.set("lastError", reason),
                Updates.set("recipients", List.of())));
    }

    public void markAttemptFailed(String submissionId, String noticeType, String reason, boolean finalFailure) {
        deliveries.updateOne(Filters.eq("_id", id(submissionId, noticeType)), Updates.combine(
                Updates.set("state", finalFailure ? State.FAILED.name() : State.CLAIMED.name()),
                Updates.set("lastError", reason),
                Updates.inc("attempts", 1)));
    }

    public Document find(String submissionId, String noticeType) {
        return deliveries.find(Filters.eq("_id", id(submissionId, noticeType))).first();
    }

    /** Delivery records, newest first, optionally filtered by state and agency. */
    public List<Document> list(State state, String agencyId, int limit) {
        List<Bson> filters = new ArrayList<>();
        if (state != null) {
            filters.add(Filters.eq("state", state.name()));
        }
        if (agencyId != null) {
            filters.add(Filters.eq("agencyId", agencyId));
        }
        List<Document> out = new ArrayList<>();
        deliveries.find(filters.isEmpty() ? new Document() : Filters.and(filters))
                .sort(Sorts.descending("claimedAt")).limit(limit).forEach(out::add);
        return out;
    }

    private static String id(String submissionId, String noticeType) {
        return submissionId + ":" + noticeType;
    }
}
