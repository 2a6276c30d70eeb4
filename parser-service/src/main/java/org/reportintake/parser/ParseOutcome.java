package org.reportintake.parser;

import org.reportintake.model.event.ParseFailure;
import org.reportintake.model.report.AnnualReport;

/** Either the structured report or the reason it could not be read. */
public record ParseOutcome(AnnualReport report, ParseFailure failure) {

    public static ParseOutcome success(AnnualReport report) {
        return new ParseOutcome(report, null);
    }

    public static ParseOutcome failure(ParseFailure failure) {
        return new ParseOutcome(null, failure);
    }

    public boolean succeeded() {
        return report != null;
    }
}
