package org.reportintake.intake.crawl;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;

/**
 * Read-only view of the agency directory ({@code agencies}) for the crawler: only the fields it needs, so the
 * directory's owner can change the rest freely.
 */
@ApplicationScoped
public class CrawlTargetRepository {

    private final MongoCollection<Document> agencies;

    public CrawlTargetRepository(MongoClient client, @ConfigProperty(name = "quarkus.mongodb.database") String database) {
        this.agencies = client.getDatabase(database).getCollection("agencies");
    }

    /** Agencies with a website or a known report column. */
    public List<CrawlTarget> findAll() {
        List<CrawlTarget> targets = new ArrayList<>();
        agencies.find(Filters.or(Filters.exists("websiteUrl"), Filters.exists("reportColumnUrl")))
                .projection(Projections.include("_id", "name", "websiteUrl", "reportColumnUrl"))
                .forEach(d -> toTarget(d).ifPresent(targets::add));
        return targets;
    }

    public Optional<CrawlTarget> find(String agencyId) {
        Document d = agencies.find(Filters.eq("_id", agencyId))
                .projection(Projections.include("_id", "name", "websiteUrl", "reportColumnUrl")).first();
        return d == null ? Optional.empty() : toTarget(d);
    }

    private static Optional<CrawlTarget> toTarget(Document d) {
        String website = blankToNull(d.getString("websiteUrl"));
        String column = blankToNull(d.getString("reportColumnUrl"));
        if (website == null && column == null) {
            return Optional.empty();
        }
        return Optional.of(new CrawlTarget(String.valueOf(d.get("_id")), d.getString("name"), website, column));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
