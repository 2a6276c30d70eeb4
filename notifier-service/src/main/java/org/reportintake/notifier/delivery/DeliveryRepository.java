package org.reportintake.notifier.delivery;

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

    /**
     * Claims the delivery.
     *
     * @return true if this caller must send it: newly claimed, or claimed earlier by an attempt that never sent it
     */
    public boolean claim(String submissionId, String noticeType, String agencyId, String recipient) {
        String id = submissionId + ":" + noticeType;
        try {
            deliveries.insertOne(new Document("_id", id)
                    .append("submissionId", submissionId)
                    .append("noticeType", noticeType)
                    .append("agencyId", agencyId)
                    .append("recipient", recipient)
                    .append("state", State.CLAIMED.name())
                    .append("attempts", 0)
                    .append("claimedAt", new Date()));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            Document existing = deliveries.find(Filters.eq("_id", id)).first();
            return existing != null && State.CLAIMED.name().equals(existing.getString("state"));
        }
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
