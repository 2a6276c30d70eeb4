package org.reportintake.parser;

import java.util.Objects;

import org.reportintake.model.event.ParseFailure;
import org.reportintake.model.report.AnnualReport;

/** Either the report that was read or the reason it could not be read; exactly one is set. */
public record ParseOutcome(AnnualReport report, ParseFailure failure) {

    public ParseOutcome {
        if ((report == null) == (failure == null)) {
            throw new IllegalArgumentException("exactly one of report and failure must be set");
        }
    }

    public static ParseOutcome success(AnnualReport report) {
        return new ParseOutcome(Objects.requireNonNull(report), null);
    }

    public static ParseOutcome failed(ParseFailure failure) {
        return new ParseOutcome(null, Objects.requireNonNull(failure));
    }

    public boolean succeeded() {
        return report != null;
    }
}
