package org.reportintake.validator.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.reportintake.model.event.EventCodec;
import org.reportintake.model.event.ReportSubmitted;
import org.reportintake.model.event.Verdict;
import org.reportintake.model.report.AnnualReport;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

import io.quarkus.runtime.Startup;

/**
 * Every version of every agency's report for a year ({@code reports}, {@code _id} = submission id) and which one is
 * current ({@code current_reports}, {@code _id} = agency id + year). Each write is a single-document atomic
 * operation, so the store works on a sharded MongoDB without transactions: the pointer's {@code _id} guarantees one
 * current version, and a conditional update on {@code submittedAt} lets a later correction supersede an earlier
 * version but never the reverse, whatever order the events arrive in.
 */
@ApplicationScoped
@Startup
public class ReportRepository {

    /** The pointer collection, named for aggregations that keep only current versions. */
    public static final String CURRENT_COLLECTION = "current_reports";

    private final MongoCollection<Document> reports;
    private final MongoCollection<Document> current;

    public ReportRepository(MongoClient client, @ConfigProperty(name = "quarkus.mongodb.database") String database) {
        this.reports = client.getDatabase(database).getCollection("reports");
        this.current = client.getDatabase(database).getCollection(CURRENT_COLLECTION);
        reports.createIndex(Indexes.ascending("agencyId", "reportYear", "submittedAt"), new IndexOptions().name("versions"));
        reports.createIndex(Indexes.ascending("reportYear", "cells.key"), new IndexOptions().name("by_cell"));
        // The API's $lookup joins versions to their pointer by submission id.
        current.createIndex(Indexes.ascending("submissionId"), new IndexOptions().name("by_submission"));
    }

    /** Stores a version (idempotent by submission id) and makes it current unless a later one already is. */
    public void storeVersion(ReportSubmitted submission, AnnualReport report, Verdict verdict) {
        Integer year = report.metadata() == null ? null : report.metadata().reportYear();
        Document doc = new Document("_id", submission.submissionId())
                .append("agencyId", submission.agencyId())
                .append("reportYear", year)
                .append("submittedAt", Date.from(submission.submittedAt()))
                .append("source", submission.source().name())
                .append("sha256", submission.sha256())
                .append("verdict", verdict.name())
                .append("templateVersion", report.metadata() == null ? null : String.valueOf(report.metadata().templateVersion()))
                .append("cells", ReportCells.of(report))
                .append("report", Document.parse(EventCodec.toJson(report)));
        // The filter names the shard key (agencyId) too, as a sharded MongoDB requires for an upsert.
        reports.replaceOne(Filters.and(Filters.eq("_id", submission.submissionId()), Filters.eq("agencyId", submission.agencyId())),
                doc, new ReplaceOptions().upsert(true));
        if (year == null) {
            return;
        }
        String key = submission.agencyId() + ":" + year;
        Date submittedAt = Date.from(submission.submittedAt());
        try {
            current.updateOne(
                    Filters.and(Filters.eq("_id", key), Filters.lte("submittedAt", submittedAt)),
                    Updates.combine(Updates.set("submissionId", submission.submissionId()),
                            Updates.set("submittedAt", submittedAt),
                            Updates.set("agencyId", submission.agencyId()),
                            Updates.set("reportYear", year)),
                    new UpdateOptions().upsert(true));
        } catch (MongoWriteException e) {
            // The pointer exists with a later submission: this version stays a superseded one.
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }

    /** The current version of an agency's report for a year. */
    public Optional<AnnualReport> currentReport(String agencyId, int year) {
        Document pointer = current.find(Filters.eq("_id", agencyId + ":" + year)).first();
        if (pointer == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(reports.find(Filters.eq("_id", pointer.getString("submissionId"))).first())
                .map(d -> EventCodec.fromJson(d.get("report", Document.class).toJson(), AnnualReport.class));
    }

    public Optional<String> currentSubmissionId(String agencyId, int year) {
        return Optional.ofNullable(current.find(Filters.eq("_id", agencyId + ":" + year)).first())
                .map(d -> d.getString("submissionId"));
    }

    /** Every stored version for an agency and year, oldest first, without the full report body. */
    public List<Document> versions(String agencyId, int year) {
        List<Document> out = new ArrayList<>();
        reports.find(Filters.and(Filters.eq("agencyId", agencyId), Filters.eq("reportYear", year)))
                .projection(new Document("report", 0).append("cells", 0))
                .sort(Sorts.ascending("submittedAt"))
                .forEach(out::add);
        return out;
    }

    /** Which of these submissions are the current version of their agency's report for the year. */
    public Set<String> currentAmong(Collection<String> submissionIds) {
        Set<String> out = new HashSet<>();
        if (submissionIds.isEmpty()) {
            return out;
        }
        current.find(Filters.in("submissionId", submissionIds)).projection(Projections.include("submissionId"))
                .forEach(d -> out.add(d.getString("submissionId")));
        return out;
    }

    public MongoCollection<Document> collection() {
        return reports;
    }
}
