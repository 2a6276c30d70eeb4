package org.reportintake.infra;

import java.io.IOException;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;

/** The readable text of a mail: its text/plain part, or its text/html part without tags. */
public final class MailText {

    private MailText() {
    }

    public static String of(Part part) {
        try {
            String plain = find(part, "text/plain");
            if (plain != null) {
                return plain;
            }
            String html = find(part, "text/html");
            return html == null ? "" : html.replaceAll("(?s)<[^>]*>", " ").replaceAll("[ \\t]+", " ").trim();
        } catch (MessagingException | IOException e) {
            return "(unreadable body: " + e.getMessage() + ")";
        }
    }

    private static String find(Part part, String mimeType) throws MessagingException, IOException {
        if (part.isMimeType(mimeType)) {
            return part.getContent().toString();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                String found = find(child, mimeType);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
