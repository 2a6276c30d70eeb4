package org.reportintake.load.variants;

import java.util.ArrayList;
import java.util.List;

import org.reportintake.model.report.ApplicantColumn;
import org.reportintake.model.report.ApplicationRow;
import org.reportintake.model.report.CaseGroup;
import org.reportintake.model.report.CaseOutcome;

/**
 * The variants' own check of A1–A4, written from the format document (§2.5), not from the validator: it proves a
 * "consistent" variant really is consistent before the validator is asked about it. Blank cells count as 0.
 */
public final class Arithmetic {

    private Arithmetic() {
    }

    /** One line per broken relation, e.g. "A1 自然人", "A3 （一）予以公开", "A4 行政复议"; empty when all hold. */
    public static List<String> violations(SeedNumbers numbers) {
        List<String> violations = new ArrayList<>();
        List<ApplicationRow> outcomes = numbers.rows().stream()
                .filter(row -> row.group() == ApplicationRow.Group.OUTCOME).toList();
        for (ApplicantColumn column : ApplicantColumn.values()) {
            int left = numbers.value(ApplicationRow.NEW_RECEIVED, column)
                    + numbers.value(ApplicationRow.CARRIED_FROM_PREVIOUS_YEAR, column);
            int total = numbers.value(ApplicationRow.TOTAL, column);
            if (left != total + numbers.value(ApplicationRow.CARRIED_TO_NEXT_YEAR, column)) {
                violations.add("A1 " + column.label());
            }
            int handled = outcomes.stream().mapToInt(row -> numbers.value(row, column)).sum();
            if (handled != total) {
                violations.add("A2 " + column.label());
            }
        }
        for (ApplicationRow row : numbers.rows()) {
            int applicants = 0;
            for (ApplicantColumn column : ApplicantColumn.values()) {
                if (column != ApplicantColumn.TOTAL) {
                    applicants += numbers.value(row, column);
                }
            }
            if (applicants != numbers.value(row, ApplicantColumn.TOTAL)) {
                violations.add("A3 " + row.label());
            }
        }
        for (CaseGroup group : CaseGroup.values()) {
            int parts = numbers.value(group, CaseOutcome.UPHELD) + numbers.value(group, CaseOutcome.CORRECTED)
                    + numbers.value(group, CaseOutcome.OTHER) + numbers.value(group, CaseOutcome.PENDING);
            if (parts != numbers.value(group, CaseOutcome.TOTAL)) {
                violations.add("A4 " + group.label());
            }
        }
        return violations;
    }
}
