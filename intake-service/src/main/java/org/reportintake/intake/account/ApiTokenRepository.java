package org.reportintake.intake.account;

import java.time.Instant;
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
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;

import io.quarkus.runtime.Startup;

/** The {@code api_tokens} collection: only each token's SHA-256 is stored. */
@ApplicationScoped
@Startup
public class ApiTokenRepository {

    private final MongoCollection<Document> tokens;

    public ApiTokenRepository(MongoClient client, @ConfigProperty(name = "quarkus.mongodb.database") String database) {
        this.tokens = client.getDatabase(database).getCollection("api_tokens");
        tokens.createIndex(Indexes.ascending("hash"), new IndexOptions().unique(true).name("by_hash"));
    }

    /**
     * A stored token.
     *
     * @param owner     the user name of the account (or "admin") that created it; it acts as that account
     * @param revokedAt null while the token is valid
     */
    public record ApiToken(String id, String name, String owner, Instant createdAt, Instant revokedAt) {
    }

    public void insert(ApiToken token, String hash) {
        tokens.insertOne(new Document("_id", token.id()).append("name", token.name()).append("owner", token.owner())
                .append("hash", hash).append("createdAt", Date.from(token.createdAt())));
    }

    /** The valid (not revoked) token with this hash. */
    public Optional<ApiToken> findValidByHash(String hash) {
        return Optional.ofNullable(tokens.find(Filters.and(Filters.eq("hash", hash), Filters.exists("revokedAt", false))).first())
                .map(ApiTokenRepository::toToken);
    }

    public Optional<ApiToken> find(String id) {
        return Optional.ofNullable(tokens.find(Filters.eq("_id", id)).first()).map(ApiTokenRepository::toToken);
    }

    public List<ApiToken> listByOwner(String owner) {
        List<ApiToken> out = new ArrayList<>();
        tokens.find(owner == null ? new Document() : Filters.eq("owner", owner)).sort(Sorts.descending("createdAt"))
                .forEach(d -> out.add(toToken(d)));
        return out;
    }

    public void revoke(String id) {
        tokens.updateOne(Filters.and(Filters.eq("_id", id), Filters.exists("revokedAt", false)),
                Updates.set("revokedAt", new Date()));
    }

    private static ApiToken toToken(Document d) {
        Date revoked = d.getDate("revokedAt");
        return new ApiToken(d.getString("_id"), d.getString("name"), d.getString("owner"), d.getDate("createdAt").toInstant(),
                revoked == null ? null : revoked.toInstant());
    }
}
