package org.reportintake.validator.store;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.reportintake.model.event.ReportSubmitted;
import org.reportintake.model.event.SubmissionSource;
import org.reportintake.validator.rules.PublicationChange;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;

/**
 * Reads the crawler's ledger ({@code crawl_documents}, kept by intake): one document per agency and address with
 * the content versions seen there. A crawled submission that is not the first version at its address was altered
 * after publication (rule P3). Read-only and defensive: no ledger entry means no change known.
 */
@ApplicationScoped
public class CrawlHistoryRepository {

    private final MongoCollection<Document> documents;

    public CrawlHistoryRepository(MongoClient client, @ConfigProperty(name = "quarkus.mongodb.database") String database) {
        this.documents = client.getDatabase(database).getCollection("crawl_documents");
    }

    public Optional<PublicationChange> changeFor(ReportSubmitted submission) {
        if (submission.source() != SubmissionSource.CRAWL) {
            return Optional.empty();
        }
        Document entry = documents.find(Filters.eq("versions.submissionId", submission.submissionId())).first();
        if (entry == null) {
            return Optional.empty();
        }
        List<Document> versions = entry.getList("versions", Document.class, List.of());
        for (int i = 1; i < versions.size(); i++) {
            if (submission.submissionId().equals(versions.get(i).getString("submissionId"))) {
                java.util.Date firstSeen = entry.getDate("firstSeenAt");
                return Optional.of(new PublicationChange(entry.getString("url"), versions.get(i - 1).getString("sha256"),
                        firstSeen == null ? null : firstSeen.toInstant()));
            }
        }
        return Optional.empty();
    }
}
