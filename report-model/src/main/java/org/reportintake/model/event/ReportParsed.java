package org.reportintake.model.event;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnore;

import org.reportintake.model.report.AnnualReport;

/**
 * The parser's answer for one submission; published on {@link Topics#PARSED}, keyed by agency id.
 * Exactly one of {@code report} and {@code failure} is set.
 *
 * @param submission the submission this answers
 * @param report     the structured report, when it could be read
 * @param failure    why it could not be read, otherwise
 * @param parsedAt   when parsing finished
 */
public record ReportParsed(ReportSubmitted submission, AnnualReport report, ParseFailure failure, Instant parsedAt) {

    public static ReportParsed success(ReportSubmitted submission, AnnualReport report, Instant parsedAt) {
        return new ReportParsed(submission, report, null, parsedAt);
    }

    public static ReportParsed failure(ReportSubmitted submission, ParseFailure failure, Instant parsedAt) {
        return new ReportParsed(submission, null, failure, parsedAt);
    }

    @JsonIgnore
    public boolean succeeded() {
        return report != null;
    }
}
