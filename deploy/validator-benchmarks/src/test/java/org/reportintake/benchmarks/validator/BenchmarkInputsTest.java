package org.reportintake.benchmarks.validator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.reportintake.model.event.Finding;
import org.reportintake.model.event.Severity;
import org.reportintake.model.event.Verdict;
import org.reportintake.validator.rules.ReportValidator;
import org.reportintake.validator.rules.RuleCatalogue;
import org.reportintake.validator.rules.ValidationResult;

/** The benchmark times what it claims: a clean report and one with the intended errors. */
class BenchmarkInputsTest {

    private final ReportValidator validator = new ReportValidator(RuleCatalogue.standard());

    @Test
    void consistentReportHasNoFindingAboveInfo() {
        ValidationResult result = validator.validate(BenchmarkInputs.context(true));

        assertEquals(Verdict.ACCEPTED, result.verdict());
        assertTrue(result.findings().stream().allMatch(f -> f.severity() == Severity.INFO), result.findings().toString());
    }

    @Test
    void brokenReportIsRejectedForArithmeticNumbersAndDeadline() {
        ValidationResult result = validator.validate(BenchmarkInputs.context(false));

        assertEquals(Verdict.REJECTED, result.verdict());
        Set<String> rules = result.findings().stream().map(Finding::ruleId).collect(Collectors.toSet());
        assertTrue(rules.containsAll(Set.of("A1", "A3", "N1", "N2", "P1")), rules.toString());
    }
}
