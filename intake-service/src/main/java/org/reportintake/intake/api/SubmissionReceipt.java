package org.reportintake.intake.api;

/** The answer to an upload. {@code duplicate} is true when the same bytes were already submitted for the agency. */
public record SubmissionReceipt(String id, String status, boolean duplicate) {
}
