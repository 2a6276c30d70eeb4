package org.reportintake.intake.account;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;

/** Portal sessions in {@code sessions}, keyed by the SHA-256 of the cookie value. */
@ApplicationScoped
public class SessionRepository {

    private final MongoCollection<Document> sessions;

    public SessionRepository(MongoClient client, @ConfigProperty(name = "quarkus.mongodb.database") String database) {
        this.sessions = client.getDatabase(database).getCollection("sessions");
    }

    /** A signed-in portal session; {@code csrfToken} must accompany its state-changing requests. */
    public record Session(String username, String csrfToken, Instant expiresAt) {
    }

    public void insert(String idHash, Session session) {
        sessions.insertOne(new Document("_id", idHash).append("username", session.username())
                .append("csrfToken", session.csrfToken()).append("expiresAt", Date.from(session.expiresAt())));
    }

    /** The session if it exists and has not expired. */
    public Optional<Session> findValid(String idHash) {
        Document d = sessions.find(Filters.eq("_id", idHash)).first();
        if (d == null) {
            return Optional.empty();
        }
        Session s = new Session(d.getString("username"), d.getString("csrfToken"), d.getDate("expiresAt").toInstant());
        if (s.expiresAt().isBefore(Instant.now())) {
            delete(idHash);
            return Optional.empty();
        }
        return Optional.of(s);
    }

    public void delete(String idHash) {
        sessions.deleteOne(Filters.eq("_id", idHash));
    }
}
