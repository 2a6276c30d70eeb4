package org.reportintake.intake.crawl;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;

/** {@code crawl_runs}: one document per crawl run, written when it starts and replaced when it ends. */
@ApplicationScoped
public class CrawlRunRepository {

    private final MongoCollection<Document> runs;

    public CrawlRunRepository(MongoClient client, @ConfigProperty(name = "quarkus.mongodb.database") String database) {
        this.runs = client.getDatabase(database).getCollection("crawl_runs");
        runs.createIndex(Indexes.descending("startedAt"), new IndexOptions().name("latest_first"));
    }

    public void save(CrawlRun run) {
        runs.replaceOne(Filters.eq("_id", run.id()), toDocument(run), new ReplaceOptions().upsert(true));
    }

    public Optional<CrawlRun> find(String id) {
        Document d = runs.find(Filters.eq("_id", id)).first();
        return d == null ? Optional.empty() : Optional.of(toRun(d));
    }

    public List<CrawlRun> latest(int limit) {
        List<CrawlRun> list = new ArrayList<>();
        runs.find().sort(Sorts.descending("startedAt")).limit(limit).forEach(d -> list.add(toRun(d)));
        return list;
    }

    private static Document toDocument(CrawlRun run) {
        List<Document> agencies = new ArrayList<>();
        for (CrawlRun.AgencyResult a : run.agencies()) {
            List<Document> reports = new ArrayList<>();
            for (CrawlRun.ReportResult r : a.reports()) {
                reports.add(new Document("url", r.url()).append("pageUrl", r.pageUrl()).append("title", r.title())
                        .append("publishedOn", r.publishedOn() == null ? null : r.publishedOn().toString())
                        .append("publisher", r.publisher()).append("outcome", r.outcome().name()).append("sha256", r.sha256())
                        .append("submissionId", r.submissionId()).append("changedAfterFirstSeen", r.changedAfterFirstSeen())
                        .append("previousSha256", r.previousSha256()));
            }
            agencies.add(new Document("agencyId", a.agencyId()).append("name", a.name()).append("columnUrls", a.columnUrls())
                    .append("pagesFetched", a.pagesFetched()).append("reportsFound", a.reportsFound())
                    .append("newReports", a.newReports()).append("changedReports", a.changedReports())
                    .append("unchangedReports", a.unchangedReports()).append("durationMillis", a.durationMillis())
                    .append("reports", reports).append("errors", errors(a.errors())));
        }
        return new Document("_id", run.id()).append("trigger", run.trigger()).append("agencyId", run.agencyId())
                .append("status", run.status()).append("startedAt", Date.from(run.startedAt()))
                .append("finishedAt", run.finishedAt() == null ? null : Date.from(run.finishedAt()))
                .append("pagesFetched", run.pagesFetched()).append("reportsFound", run.reportsFound())
                .append("newReports", run.newReports()).append("changedReports", run.changedReports())
                .append("unchangedReports", run.unchangedReports()).append("agencies", agencies)
                .append("errors", errors(run.errors()));
    }

    private static List<Document> errors(List<CrawlRun.CrawlError> errors) {
        List<Document> list = new ArrayList<>();
        for (CrawlRun.CrawlError e : errors) {
            list.add(new Document("agencyId", e.agencyId()).append("url", e.url()).append("reason", e.reason()));
        }
        return list;
    }

    private static CrawlRun toRun(Document d) {
        List<CrawlRun.AgencyResult> agencies = new ArrayList<>();
        for (Document a : d.getList("agencies", Document.class, List.of())) {
            List<CrawlRun.ReportResult> reports = new ArrayList<>();
            for (Document r : a.getList("reports", Document.class, List.of())) {
                String published = r.getString("publishedOn");
                reports.add(new CrawlRun.ReportResult(r.getString("url"), r.getString("pageUrl"), r.getString("title"),
                        published == null ? null : LocalDate.parse(published), r.getString("publisher"),
                        CrawlRun.ReportOutcome.valueOf(r.getString("outcome")), r.getString("sha256"),
                        r.getString("submissionId"), Boolean.TRUE.equals(r.getBoolean("changedAfterFirstSeen")),
                        r.getString("previousSha256")));
            }
            agencies.add(new CrawlRun.AgencyResult(a.getString("agencyId"), a.getString("name"),
                    a.getList("columnUrls", String.class, List.of()), a.getInteger("pagesFetched", 0),
                    a.getInteger("reportsFound", 0), a.getInteger("newReports", 0), a.getInteger("changedReports", 0),
                    a.getInteger("unchangedReports", 0), a.get("durationMillis", Number.class).longValue(), reports,
                    toErrors(a)));
        }
        Date finished = d.getDate("finishedAt");
        return new CrawlRun(d.getString("_id"), d.getString("trigger"), d.getString("agencyId"), d.getString("status"),
                d.getDate("startedAt").toInstant(), finished == null ? null : finished.toInstant(),
                d.getInteger("pagesFetched", 0), d.getInteger("reportsFound", 0), d.getInteger("newReports", 0),
                d.getInteger("changedReports", 0), d.getInteger("unchangedReports", 0), agencies, toErrors(d));
    }

    private static List<CrawlRun.CrawlError> toErrors(Document d) {
        List<CrawlRun.CrawlError> list = new ArrayList<>();
        for (Document e : d.getList("errors", Document.class, List.of())) {
            list.add(new CrawlRun.CrawlError(e.getString("agencyId"), e.getString("url"), e.getString("reason")));
        }
        return list;
    }
}
