package org.reportintake.intake.agency;

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
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;

/** The {@code agencies} collection, keyed by agency id. */
@ApplicationScoped
public class AgencyRepository {

    private final MongoCollection<Document> agencies;

    public AgencyRepository(MongoClient client, @ConfigProperty(name = "quarkus.mongodb.database") String database) {
        this.agencies = client.getDatabase(database).getCollection("agencies");
    }

    /** Inserts or replaces: importing the same directory twice leaves one copy. */
    public void upsert(AgencyRecord a) {
        Document doc = new Document("_id", a.id())
                .append("name", a.name())
                .append("aliases", a.aliases())
                .append("region", new Document("code", a.regionCode()).append("name", a.regionName()))
                .append("issuerType", a.issuerType().name())
                .append("parentId", a.parentId())
                .append("contactEmails", a.contactEmails())
                .append("websiteUrl", a.websiteUrl())
                .append("reportColumnUrl", a.reportColumnUrl());
        agencies.replaceOne(Filters.eq("_id", a.id()), doc, new ReplaceOptions().upsert(true));
    }

    public Optional<AgencyRecord> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(agencies.find(Filters.eq("_id", id)).first()).map(AgencyRepository::toRecord);
    }

    public List<AgencyRecord> list() {
        List<AgencyRecord> out = new ArrayList<>();
        agencies.find().sort(Sorts.ascending("_id")).forEach(d -> out.add(toRecord(d)));
        return out;
    }

    public boolean delete(String id) {
        return agencies.deleteOne(Filters.eq("_id", id)).getDeletedCount() > 0;
    }

    private static AgencyRecord toRecord(Document d) {
        Document region = d.get("region", new Document());
        return new AgencyRecord(d.getString("_id"), d.getString("name"), d.getList("aliases", String.class, List.of()),
                region.getString("code"), region.getString("name"), IssuerType.valueOf(d.getString("issuerType")),
                d.getString("parentId"), d.getList("contactEmails", String.class, List.of()), d.getString("websiteUrl"),
                d.getString("reportColumnUrl"));
    }
}
