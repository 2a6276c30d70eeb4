package org.reportintake.parser;

import java.time.Duration;

/**
 * Bounds on what one parse may consume.
 *
 * @param maxBytes         largest accepted upload
 * @param maxPages         most PDF pages (or Word pages when the file states them)
 * @param timeout          wall-clock budget for one document
 * @param maxUnpackedBytes most bytes a zip container (docx) may expand to
 */
public record ParserLimits(long maxBytes, int maxPages, Duration timeout, long maxUnpackedBytes) {

    public ParserLimits {
        if (maxBytes <= 0 || maxPages <= 0 || maxUnpackedBytes <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
    }

    public static ParserLimits defaults() {
        return new ParserLimits(50L * 1024 * 1024, 200, Duration.ofSeconds(60), 200L * 1024 * 1024);
    }
}
