package org.reportintake.parser.failure;

import org.reportintake.model.event.ParseFailureCode;

/**
 * Thrown inside the parser when a document cannot be read; {@link org.reportintake.parser.ReportParser}
 * turns it into a {@code ParseFailure}, so it never leaves the parser.
 */
public final class ParseProblem extends RuntimeException {

    private final ParseFailureCode code;

    public ParseProblem(ParseFailureCode code, String detail) {
        super(detail);
        this.code = code;
    }

    public ParseProblem(ParseFailureCode code, String detail, Throwable cause) {
        super(detail, cause);
        this.code = code;
    }

    public ParseFailureCode code() {
        return code;
    }
}
