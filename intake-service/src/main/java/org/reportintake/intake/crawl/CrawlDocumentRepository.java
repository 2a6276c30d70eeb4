package org.reportintake.intake.crawl;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;

/**
 * {@code crawl_documents}: one document per (agency, URL) of a report document ever crawled, with its hash, the
 * server's validators and its change history. Rule P3 reads {@code changedAfterFirstSeen} and {@code previousSha256}.
 */
@ApplicationScoped
public class CrawlDocumentRepository {

    private final MongoCollection<Document> documents;

    public CrawlDocumentRepository(MongoClient client, @ConfigProperty(name = "quarkus.mongodb.database") String database) {
        this.documents = client.getDatabase(database).getCollection("crawl_documents");
        documents.createIndex(Indexes.ascending("agencyId", "pageUrl"), new IndexOptions().name("by_page"));
        documents.createIndex(Indexes.ascending("agencyId", "sha256"), new IndexOptions().name("by_content"));
    }

    /** What is stored; the history lists every version's hash and submission, oldest first. */
    record Entry(KnownDocument document, Instant firstSeenAt, Instant lastSeenAt, Instant lastChangedAt,
            List<Version> versions) {
    }

    record Version(String sha256, String submissionId, Instant seenAt) {
    }

    static String id(String agencyId, String url) {
        return agencyId + " " + url;
    }

    Entry find(String agencyId, String url) {
        Document d = documents.find(Filters.eq("_id", id(agencyId, url))).first();
        return d == null ? null : toEntry(d);
    }

    List<Entry> findByPage(String agencyId, String pageUrl) {
        List<Entry> list = new ArrayList<>();
        documents.find(Filters.and(Filters.eq("agencyId", agencyId), Filters.eq("pageUrl", pageUrl))).forEach(d -> list.add(toEntry(d)));
        return list;
    }

    boolean contentSeen(String agencyId, String sha256) {
        return documents.find(Filters.and(Filters.eq("agencyId", agencyId), Filters.eq("sha256", sha256))).first() != null;
    }

    void save(Entry entry) {
        KnownDocument k = entry.document();
        List<Document> versions = new ArrayList<>();
        for (Version v : entry.versions()) {
            versions.add(new Document("sha256", v.sha256()).append("submissionId", v.submissionId())
                    .append("seenAt", Date.from(v.seenAt())));
        }
        Document d = new Document("_id", id(k.agencyId(), k.url()))
                .append("agencyId", k.agencyId())
                .append("url", k.url())
                .append("pageUrl", k.pageUrl())
                .append("kind", k.kind().name())
                .append("fileName", k.fileName())
                .append("title", k.title())
                .append("publishedOn", k.publishedOn() == null ? null : k.publishedOn().toString())
                .append("publisher", k.publisher())
                .append("sha256", k.sha256())
                .append("etag", k.validators().etag())
                .append("lastModified", k.validators().lastModified())
                .append("pageEtag", k.pageValidators().etag())
                .append("pageLastModified", k.pageValidators().lastModified())
                .append("submissionId", k.submissionId())
                .append("changedAfterFirstSeen", k.changedAfterFirstSeen())
                .append("previousSha256", k.previousSha256())
                .append("firstSeenAt", Date.from(entry.firstSeenAt()))
                .append("lastSeenAt", Date.from(entry.lastSeenAt()))
                .append("lastChangedAt", entry.lastChangedAt() == null ? null : Date.from(entry.lastChangedAt()))
                .append("versions", versions);
        documents.replaceOne(Filters.eq("_id", d.get("_id")), d, new ReplaceOptions().upsert(true));
    }

    private static Entry toEntry(Document d) {
        String publishedOn = d.getString("publishedOn");
        KnownDocument k = new KnownDocument(d.getString("agencyId"), d.getString("url"), d.getString("pageUrl"),
                CrawledDocument.DocumentKind.valueOf(d.getString("kind")), d.getString("fileName"), d.getString("sha256"),
                new Validators(d.getString("etag"), d.getString("lastModified")),
                new Validators(d.getString("pageEtag"), d.getString("pageLastModified")),
                d.getString("title"), publishedOn == null ? null : LocalDate.parse(publishedOn), d.getString("publisher"),
                d.getString("submissionId"), Boolean.TRUE.equals(d.getBoolean("changedAfterFirstSeen")),
                d.getString("previousSha256"));
        List<Version> versions = new ArrayList<>();
        List<Document> stored = d.getList("versions", Document.class, List.of());
        for (Document v : stored) {
            versions.add(new Version(v.getString("sha256"), v.getString("submissionId"), v.getDate("seenAt").toInstant()));
        }
        Date changed = d.getDate("lastChangedAt");
        return new Entry(k, d.getDate("firstSeenAt").toInstant(), d.getDate("lastSeenAt").toInstant(),
                changed == null ? null : changed.toInstant(), versions);
    }
}
