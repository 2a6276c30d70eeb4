package org.reportintake.validator.api.model;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.reportintake.model.event.Finding;
import org.reportintake.model.event.FindingLocation;
import org.reportintake.model.event.Severity;

/** One finding as the API shows it: the location flattened, values as in the report. */
@Schema(description = "One rule's finding on a report")
public record FindingView(String ruleId, Severity severity, String messageZh, String messageEn, String section,
                          String table, String row, String column, BigDecimal reported, BigDecimal computed,
                          BigDecimal difference, String hintZh, String hintEn) {

    public static FindingView of(Finding finding) {
        FindingLocation at = finding.location() == null ? new FindingLocation(null, null, null, null) : finding.location();
        return new FindingView(finding.ruleId(), finding.severity(), finding.messageZh(), finding.messageEn(),
                at.section(), at.table(), at.rowLabel(), at.columnLabel(), finding.reported(), finding.computed(),
                finding.difference(), finding.hintZh(), finding.hintEn());
    }
}
