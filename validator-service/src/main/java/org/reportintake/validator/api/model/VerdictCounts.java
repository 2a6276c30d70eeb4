package org.reportintake.validator.api.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many reports reached each verdict. */
@Schema(description = "Reports by verdict")
public record VerdictCounts(long total, long accepted, long rejected, long needsReview, long legacy) {
}
