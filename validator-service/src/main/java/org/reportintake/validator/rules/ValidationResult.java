package org.reportintake.validator.rules;

import java.util.List;

import org.reportintake.model.event.Finding;
import org.reportintake.model.event.Verdict;

/**
 * The verdict and every finding, most severe first, then in catalogue order.
 *
 * @param verdict  REJECTED if any finding is REJECT, otherwise ACCEPTED
 * @param findings the findings
 */
public record ValidationResult(Verdict verdict, List<Finding> findings) {

    public ValidationResult {
        findings = List.copyOf(findings);
    }
}
