package org.reportintake.validator.api.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many reports were accepted and rejected. */
@Schema(description = "Reports by verdict")
public record VerdictCounts(long total, long accepted, long rejected) {
}
