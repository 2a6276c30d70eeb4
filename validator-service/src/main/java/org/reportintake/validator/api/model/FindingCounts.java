package org.reportintake.validator.api.model;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.reportintake.model.event.Severity;

/** How many findings a report has of each severity. */
@Schema(description = "Number of findings by severity")
public record FindingCounts(int reject, int review, int warn, int info) {

    public static FindingCounts of(List<Severity> severities) {
        int reject = 0;
        int review = 0;
        int warn = 0;
        int info = 0;
        for (Severity severity : severities) {
            switch (severity) {
                case REJECT -> reject++;
                case REVIEW -> review++;
                case WARN -> warn++;
                case INFO -> info++;
            }
        }
        return new FindingCounts(reject, review, warn, info);
    }
}
