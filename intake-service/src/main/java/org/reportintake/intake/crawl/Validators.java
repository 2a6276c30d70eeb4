package org.reportintake.intake.crawl;

/** What the server said about a document last time, sent back as If-None-Match / If-Modified-Since. */
public record Validators(String etag, String lastModified) {

    public static final Validators NONE = new Validators(null, null);
}
