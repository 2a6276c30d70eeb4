package org.reportintake.intake.submission;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.reportintake.model.event.EventCodec;
import org.reportintake.model.event.Finding;
import org.reportintake.model.event.ReportSubmitted;
import org.reportintake.model.event.ReportValidated;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;

import io.quarkus.runtime.Startup;

/**
 * The {@code submissions} collection. Each document is also its own outbox entry ({@code outbox.state}), so the
 * record and the event to publish are written in one atomic insert.
 */
@ApplicationScoped
@Startup
public class SubmissionRepository {

    static final String OUTBOX_PENDING = "PENDING";
    static final String OUTBOX_SENT = "SENT";

    private final MongoCollection<Document> submissions;

    public SubmissionRepository(MongoClient client, @ConfigProperty(name = "quarkus.mongodb.database") String database) {
        this.submissions = client.getDatabase(database).getCollection("submissions");
        // The same bytes for the same agency are one submission, however often they are uploaded.
        submissions.createIndex(Indexes.ascending("agencyId", "sha256", "dryRun"), new IndexOptions().unique(true).name("one_per_content"));
        submissions.createIndex(Indexes.ascending("outbox.state", "submittedAt"), new IndexOptions().name("outbox_pending"));
        submissions.createIndex(Indexes.ascending("agencyId", "submittedAt"), new IndexOptions().name("by_agency"));
    }

    /**
     * Inserts the submission with its outbox entry pending.
     *
     * @return empty if it was stored, or the existing submission with the same content for the same agency
     */
    public Optional<SubmissionRecord> insertOrFindDuplicate(ReportSubmitted event) {
        Document doc = new Document("_id", event.submissionId())
                .append("agencyId", event.agencyId())
                .append("sha256", event.sha256())
                .append("dryRun", event.dryRun())
                .append("submittedAt", java.util.Date.from(event.submittedAt()))
                .append("status", SubmissionStatus.RECEIVED.name())
                .append("event", EventCodec.toJson(event))
                .append("outbox", new Document("state", OUTBOX_PENDING).append("attempts", 0));
        try {
            submissions.insertOne(doc);
            return Optional.empty();
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            Document existing = submissions.find(Filters.and(
                    Filters.eq("agencyId", event.agencyId()),
                    Filters.eq("sha256", event.sha256()),
                    Filters.eq("dryRun", event.dryRun()))).first();
            if (existing == null) {
                throw e;
            }
            return Optional.of(toRecord(existing));
        }
    }

    public Optional<SubmissionRecord> findById(String id) {
        return Optional.ofNullable(submissions.find(Filters.eq("_id", id)).first()).map(SubmissionRepository::toRecord);
    }

    /** The submissions with these ids that exist, in no particular order: one query for many ids. */
    public List<SubmissionRecord> findByIds(Collection<String> ids) {
        List<SubmissionRecord> out = new ArrayList<>(ids.size());
        submissions.find(Filters.in("_id", ids)).forEach(d -> out.add(toRecord(d)));
        return out;
    }

    public List<SubmissionRecord> findByAgency(String agencyId, int limit) {
        Bson filter = agencyId == null ? new Document() : Filters.eq("agencyId", agencyId);
        List<SubmissionRecord> out = new ArrayList<>();
        submissions.find(filter).sort(Sorts.descending("submittedAt")).limit(limit)
                .forEach(d -> out.add(toRecord(d)));
        return out;
    }

    /** The events still waiting to be published, oldest first. */
    public List<ReportSubmitted> pendingOutbox(int limit) {
        List<ReportSubmitted> out = new ArrayList<>();
        submissions.find(Filters.eq("outbox.state", OUTBOX_PENDING)).sort(Sorts.ascending("submittedAt")).limit(limit)
                .forEach(d -> out.add(EventCodec.fromJson(d.getString("event"), ReportSubmitted.class)));
        return out;
    }

    public void markPublished(String id) {
        submissions.updateOne(Filters.eq("_id", id), Updates.combine(
                Updates.set("outbox.state", OUTBOX_SENT),
                Updates.set("outbox.sentAt", new java.util.Date()),
                Updates.inc("outbox.attempts", 1)));
    }

    public void markPublishFailed(String id, String reason) {
        submissions.updateOne(Filters.eq("_id", id), Updates.combine(
                Updates.set("outbox.lastError", reason),
                Updates.inc("outbox.attempts", 1)));
    }

    /**
     * Records the verdict. Idempotent: the same event again writes the same values.
     *
     * @return false if the submission is unknown here
     */
    public boolean recordVerdict(ReportValidated validated) {
        String status = SubmissionStatus.of(validated.verdict()).name();
        List<Document> findings = new ArrayList<>();
        for (Finding f : validated.findings()) {
            findings.add(Document.parse(EventCodec.toJson(f)));
        }
        return submissions.updateOne(Filters.eq("_id", validated.submission().submissionId()), Updates.combine(
                Updates.set("status", status),
                Updates.set("verdict", validated.verdict().name()),
                Updates.set("findings", findings),
                Updates.set("validatedAt", java.util.Date.from(validated.validatedAt()))))
                .getMatchedCount() > 0;
    }

    private static SubmissionRecord toRecord(Document d) {
        ReportSubmitted event = EventCodec.fromJson(d.getString("event"), ReportSubmitted.class);
        List<Finding> findings = new ArrayList<>();
        List<Document> stored = d.getList("findings", Document.class, List.of());
        for (Document f : stored) {
            findings.add(EventCodec.fromJson(f.toJson(), Finding.class));
        }
        java.util.Date validatedAt = d.getDate("validatedAt");
        return new SubmissionRecord(event, SubmissionStatus.valueOf(d.getString("status")), d.getString("verdict"),
                findings, validatedAt == null ? null : validatedAt.toInstant());
    }
}
