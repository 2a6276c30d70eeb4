package org.reportintake.intake.account;

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
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;

/** The {@code accounts} collection, keyed by user name. */
@ApplicationScoped
public class AccountRepository {

    private final MongoCollection<Document> accounts;

    public AccountRepository(MongoClient client, @ConfigProperty(name = "quarkus.mongodb.database") String database) {
        this.accounts = client.getDatabase(database).getCollection("accounts");
    }

    /** Inserts or replaces the account with this user name. */
    public void upsert(AccountRecord account) {
        Document doc = new Document("_id", account.username())
                .append("displayName", account.displayName())
                .append("passwordHash", account.passwordHash())
                .append("role", account.role().name())
                .append("agencyId", account.agencyId())
                .append("createdAt", Date.from(account.createdAt()));
        accounts.replaceOne(Filters.eq("_id", account.username()), doc, new ReplaceOptions().upsert(true));
    }

    public Optional<AccountRecord> find(String username) {
        return Optional.ofNullable(accounts.find(Filters.eq("_id", username)).first()).map(AccountRepository::toRecord);
    }

    public List<AccountRecord> list(String agencyId) {
        List<AccountRecord> out = new ArrayList<>();
        accounts.find(agencyId == null ? new Document() : Filters.eq("agencyId", agencyId)).sort(Sorts.ascending("_id"))
                .forEach(d -> out.add(toRecord(d)));
        return out;
    }

    public boolean delete(String username) {
        return accounts.deleteOne(Filters.eq("_id", username)).getDeletedCount() > 0;
    }

    private static AccountRecord toRecord(Document d) {
        return new AccountRecord(d.getString("_id"), d.getString("displayName"), d.getString("passwordHash"),
                Role.valueOf(d.getString("role")), d.getString("agencyId"), d.getDate("createdAt").toInstant());
    }
}
