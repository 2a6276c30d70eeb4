package org.reportintake.notifier;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;

import org.bson.Document;

import com.mongodb.client.MongoClient;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;

/** Reads the parts of a received email; registers directory entries as intake would. */
final class MailText {

    private MailText() {
    }

    static String plain(Part message) throws IOException, MessagingException {
        return find(message, "text/plain");
    }

    static String html(Part message) throws IOException, MessagingException {
        return find(message, "text/html");
    }

    private static String find(Part part, String type) throws IOException, MessagingException {
        if (part.isMimeType(type)) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                String found = find(body, type);
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return "";
    }

    /** The agency directory, as the intake service stores it. */
    static final class Directory {
        private Directory() {
        }

        static void register(MongoClient mongo, String database, String agencyId, String issuerType, String... emails) {
            List<String> contactEmails = Arrays.asList(emails);
            mongo.getDatabase(database).getCollection("agencies").replaceOne(Filters.eq("_id", agencyId),
                    new Document("_id", agencyId).append("name", NoticeFixtures.AGENCY_NAME)
                            .append("issuerType", issuerType).append("contactEmails", contactEmails),
                    new ReplaceOptions().upsert(true));
        }
    }
}
