package org.reportintake.parser;

import java.time.Duration;

/** Bounds on what one document may cost to parse. */
public record ParserLimits(long maxBytes, int maxPages, Duration timeout, long maxUnpackedBytes) {

    public static ParserLimits defaults() {
        return new ParserLimits(50L * 1024 * 1024, 200, Duration.ofSeconds(30), 200L * 1024 * 1024);
    }
}
