package org.reportintake.intake.api;

import java.util.List;

/** The body of a lookup of many submissions by id. */
public record SubmissionLookup(List<String> ids) {

    /** Bounds one request's query and answer. */
    public static final int MAX_IDS = 500;
}
