package org.reportintake.validator.rules;

import java.util.List;

import org.reportintake.model.event.Finding;
import org.reportintake.model.event.Verdict;

/** The verdict and every finding, most severe first. */
public record ValidationResult(Verdict verdict, List<Finding> findings) {
}
