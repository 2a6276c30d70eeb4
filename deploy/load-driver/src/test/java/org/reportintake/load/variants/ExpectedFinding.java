package org.reportintake.load.variants;

import org.reportintake.model.event.Finding;

/**
 * A REJECT finding a planted error must produce, written by hand: the rule and the cell it names. The labels are the
 * validator's canonical ones (FindingLocation), which an agency reads; A1 names only the column (rowLabel null).
 */
public record ExpectedFinding(String ruleId, String table, String rowLabel, String columnLabel) {

    public static ExpectedFinding of(Finding finding) {
        return new ExpectedFinding(finding.ruleId(), finding.location().table(), finding.location().rowLabel(),
                finding.location().columnLabel());
    }

    @Override
    public String toString() {
        return ruleId + " 表" + table + " [" + rowLabel + "] [" + columnLabel + "]";
    }
}
