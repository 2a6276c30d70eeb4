package org.reportintake.intake.crawl;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import jakarta.enterprise.context.ApplicationScoped;

import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoCommandException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;

/**
 * The crawl lease, one document {@code crawl_lease/_id:"crawl"}: whoever holds it runs the crawl. Taking it is one
 * atomic upsert conditioned on the lease having expired; when someone holds it the filter misses, the upsert tries
 * to insert the same {@code _id} and fails on the duplicate key. No transactions and no TTL index are needed, which
 * matters on mongo-java-server and keeps a crashed holder's lease from blocking for longer than its duration.
 */
@ApplicationScoped
public class CrawlLeaseRepository {

    static final String LEASE_ID = "crawl";

    private final MongoCollection<Document> leases;

    public CrawlLeaseRepository(MongoClient client, @ConfigProperty(name = "quarkus.mongodb.database") String database) {
        this.leases = client.getDatabase(database).getCollection("crawl_lease");
    }

    /** Takes the lease for {@code holder} if nobody holds it; false if another holder's lease is still running. */
    public boolean tryAcquire(String holder, Duration duration) {
        Instant now = Instant.now();
        try {
            Document taken = leases.findOneAndUpdate(
                    Filters.and(Filters.eq("_id", LEASE_ID), Filters.lt("leaseUntil", Date.from(now))),
                    Updates.combine(Updates.set("holder", holder), Updates.set("leaseUntil", Date.from(now.plus(duration))),
                            Updates.set("acquiredAt", Date.from(now))),
                    new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
            return taken != null && holder.equals(taken.getString("holder"));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        } catch (MongoCommandException e) {
            if (ErrorCategory.fromErrorCode(e.getErrorCode()) == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    /** Extends the lease; false if it was lost (expired and taken by someone else). */
    public boolean renew(String holder, Duration duration) {
        return leases.updateOne(Filters.and(Filters.eq("_id", LEASE_ID), Filters.eq("holder", holder)),
                Updates.set("leaseUntil", Date.from(Instant.now().plus(duration)))).getMatchedCount() == 1;
    }

    /** Ends the lease at once, if still ours. */
    public void release(String holder) {
        leases.updateOne(Filters.and(Filters.eq("_id", LEASE_ID), Filters.eq("holder", holder)),
                Updates.combine(Updates.set("leaseUntil", new Date(0)), Updates.set("releasedAt", new Date())));
    }

    /** The current holder if the lease is running. */
    public String holder() {
        Document d = leases.find(Filters.eq("_id", LEASE_ID)).first();
        if (d == null || d.getDate("leaseUntil") == null || d.getDate("leaseUntil").toInstant().isBefore(Instant.now())) {
            return null;
        }
        return d.getString("holder");
    }
}
