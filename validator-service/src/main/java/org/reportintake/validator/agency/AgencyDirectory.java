package org.reportintake.validator.agency;

import jakarta.enterprise.context.ApplicationScoped;

import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.reportintake.model.agency.IssuerType;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;

/**
 * Reads the intake service's agency directory ({@code agencies}, {@code _id} = agency id). The intake service owns
 * that collection and its shape may still change, so every gap (no document, no field, an unknown value) reads as
 * "unknown" and the rule engine falls back to inferring the issuer type from the agency name.
 */
@ApplicationScoped
public class AgencyDirectory {

    private static final Logger LOG = Logger.getLogger(AgencyDirectory.class);

    private final MongoCollection<Document> agencies;

    public AgencyDirectory(MongoClient client, @ConfigProperty(name = "quarkus.mongodb.database") String database) {
        this.agencies = client.getDatabase(database).getCollection("agencies");
    }

    /** @return the agency's issuer type, or null when the directory does not say */
    public IssuerType issuerTypeOf(String agencyId) {
        if (agencyId == null) {
            return null;
        }
        Document agency = agencies.find(Filters.eq("_id", agencyId)).projection(Projections.include("issuerType")).first();
        Object value = agency == null ? null : agency.get("issuerType");
        if (!(value instanceof String name) || name.isBlank()) {
            return null;
        }
        try {
            return IssuerType.valueOf(name.strip());
        } catch (IllegalArgumentException e) {
            LOG.warnf("Agency %s: unknown issuerType '%s' in the directory, inferring from the name", agencyId, name);
            return null;
        }
    }
}
