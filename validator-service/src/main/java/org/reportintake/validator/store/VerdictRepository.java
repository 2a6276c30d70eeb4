package org.reportintake.validator.store;

import java.util.Date;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.reportintake.model.event.EventCodec;
import org.reportintake.model.event.Finding;
import org.reportintake.model.event.ReportValidated;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;

import io.quarkus.runtime.Startup;

/**
 * The {@code verdicts} collection: one document per submission ({@code _id} = submission id), written once.
 * {@code published} turns true only after the broker acknowledged the ReportValidated event, so a crash in between
 * republishes the stored event instead of validating again.
 */
@ApplicationScoped
@Startup
public class VerdictRepository {

    private final MongoCollection<Document> verdicts;

    public VerdictRepository(MongoClient client, @ConfigProperty(name = "quarkus.mongodb.database") String database) {
        this.verdicts = client.getDatabase(database).getCollection("verdicts");
        verdicts.createIndex(Indexes.ascending("agencyId", "reportYear"), new IndexOptions().name("by_agency_year"));
        verdicts.createIndex(Indexes.ascending("reportYear", "verdict"), new IndexOptions().name("by_year_verdict"));
        verdicts.createIndex(Indexes.ascending("ruleIds"), new IndexOptions().name("by_rule"));
        verdicts.createIndex(Indexes.descending("submittedAt"), new IndexOptions().name("by_submitted_at"));
    }

    /** A stored verdict and whether its event has been published. */
    public record StoredVerdict(ReportValidated event, boolean published) {
    }

    public Optional<StoredVerdict> find(String submissionId) {
        Document d = verdicts.find(Filters.eq("_id", submissionId)).first();
        return Optional.ofNullable(d).map(VerdictRepository::toStored);
    }

    /**
     * Stores the verdict unless one exists for the submission.
     *
     * @return empty if stored now, else the verdict stored before (a redelivery)
     */
    public Optional<StoredVerdict> insertIfAbsent(ReportValidated event) {
        List<Document> findings = event.findings().stream().map(f -> Document.parse(EventCodec.toJson(f))).toList();
        Document doc = new Document("_id", event.submission().submissionId())
                .append("agencyId", event.submission().agencyId())
                .append("reportYear", event.headline() == null ? null : event.headline().reportYear())
                .append("verdict", event.verdict().name())
                .append("dryRun", event.submission().dryRun())
                .append("submittedAt", Date.from(event.submission().submittedAt()))
                .append("ruleIds", event.findings().stream().map(Finding::ruleId).distinct().toList())
                .append("findings", findings)
                .append("validatedAt", Date.from(event.validatedAt()))
                .append("published", false)
                .append("event", EventCodec.toJson(event));
        try {
            verdicts.insertOne(doc);
            return Optional.empty();
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            return find(event.submission().submissionId());
        }
    }

    public void markPublished(String submissionId) {
        verdicts.updateOne(Filters.eq("_id", submissionId), Updates.set("published", true));
    }

    public MongoCollection<Document> collection() {
        return verdicts;
    }

    private static StoredVerdict toStored(Document d) {
        return new StoredVerdict(EventCodec.fromJson(d.getString("event"), ReportValidated.class), d.getBoolean("published", false));
    }
}
