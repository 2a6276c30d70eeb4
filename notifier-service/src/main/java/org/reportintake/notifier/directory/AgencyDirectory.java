package org.reportintake.notifier.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.reportintake.model.agency.IssuerType;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;

/**
 * Reads the agency directory that intake maintains ({@code agencies}, {@code _id} = agency id). Read-only here, and
 * defensive: a missing entry or field means "unknown", never an error.
 */
@ApplicationScoped
public class AgencyDirectory {

    private final MongoCollection<Document> agencies;

    public AgencyDirectory(MongoClient client, @ConfigProperty(name = "quarkus.mongodb.database") String database) {
        this.agencies = client.getDatabase(database).getCollection("agencies");
    }

    public Optional<AgencyContact> find(String agencyId) {
        Document d = agencies.find(Filters.eq("_id", agencyId)).first();
        if (d == null) {
            return Optional.empty();
        }
        List<String> emails = new ArrayList<>();
        Object stored = d.get("contactEmails");
        if (stored instanceof List<?> list) {
            list.stream().filter(String.class::isInstance).map(String.class::cast).forEach(emails::add);
        }
        return Optional.of(new AgencyContact(agencyId, d.getString("name"), issuerType(d.getString("issuerType")), emails));
    }

    private static IssuerType issuerType(String value) {
        if (value == null) {
            return null;
        }
        try {
            return IssuerType.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
