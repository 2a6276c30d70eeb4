package org.reportintake.model.event;

/** Stable reason codes for a document that could not be parsed. Never renumber or reuse. */
public enum ParseFailureCode {
    EMPTY_FILE,
    UNSUPPORTED_FORMAT,
    CORRUPT_FILE,
    ENCRYPTED,
    IMAGE_ONLY,
    NOT_A_REPORT,
    LEGACY_FORMAT,
    TOO_LARGE,
    TOO_MANY_PAGES,
    DECOMPRESSION_BOMB,
    EXTERNAL_ENTITY,
    UNREADABLE_ENCODING,
    TIMEOUT,
    FILE_MISSING,
    INTERNAL_ERROR
}
