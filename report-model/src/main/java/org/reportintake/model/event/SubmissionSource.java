package org.reportintake.model.event;

/** Where a submitted document came from. */
public enum SubmissionSource {
    /** Uploaded by an agency clerk through the portal or the API. */
    PORTAL,
    /** Found by the nightly crawl of an agency's website. */
    CRAWL
}
