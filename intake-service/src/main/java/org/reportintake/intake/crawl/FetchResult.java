package org.reportintake.intake.crawl;

import java.net.URI;
import java.nio.charset.Charset;

/**
 * What one guarded GET (with its redirects) gave.
 *
 * @param finalUri the URI after redirects
 * @param body     the bytes for {@link Outcome#OK}, otherwise empty
 * @param reason   why it failed, in English, for the crawl-run record
 */
public record FetchResult(Outcome outcome, URI requestedUri, URI finalUri, int status, byte[] body, String contentType,
        String etag, String lastModified, String reason) {

    public enum Outcome {
        OK,
        /** 304 to a conditional GET: unchanged since last time. */
        NOT_MODIFIED,
        /** The address guard refused the host (before any connection). */
        REFUSED,
        DISALLOWED_BY_ROBOTS,
        TOO_LARGE,
        HTTP_ERROR,
        FAILED
    }

    static FetchResult failure(Outcome outcome, URI requested, URI at, int status, String reason) {
        return new FetchResult(outcome, requested, at, status, new byte[0], null, null, null, reason);
    }

    public boolean ok() {
        return outcome == Outcome.OK;
    }

    /** The charset named by the Content-Type header, if any and known. */
    public Charset headerCharset() {
        if (contentType == null) {
            return null;
        }
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                try {
                    return Charset.forName(p.substring(8).replace("\"", "").strip());
                } catch (RuntimeException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
