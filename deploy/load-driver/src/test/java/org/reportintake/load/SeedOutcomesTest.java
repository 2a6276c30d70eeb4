package org.reportintake.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reportintake.model.event.Finding;
import org.reportintake.model.event.ReportParsed;
import org.reportintake.model.event.ReportSubmitted;
import org.reportintake.model.event.Severity;
import org.reportintake.model.event.StoredFileRef;
import org.reportintake.model.event.SubmissionSource;
import org.reportintake.model.event.Verdict;
import org.reportintake.parser.ParseOutcome;
import org.reportintake.parser.ParserLimits;
import org.reportintake.parser.ReportParser;
import org.reportintake.validator.rules.ReportValidator;
import org.reportintake.validator.rules.RuleCatalogue;
import org.reportintake.validator.rules.ValidationContext;
import org.reportintake.validator.rules.ValidationResult;

/**
 * The product owner's expected outcome for each seed, through the real parser and the real rule engine, for every
 * format the seed exists in: what an agency is told must not depend on whether it uploaded Word, PDF or a web page.
 */
class SeedOutcomesTest {

    private static final ReportParser PARSER = new ReportParser(ParserLimits.defaults());
    private static final ReportValidator VALIDATOR = new ReportValidator(RuleCatalogue.standard());

    static Stream<SeedCorpus.Document> documents() {
        return SeedCorpus.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void seedGetsItsExpectedVerdictWhateverTheFormat(SeedCorpus.Document document) {
        ValidationResult result = validate(document);
        List<Finding> aboveInfo = result.findings().stream().filter(f -> f.severity() != Severity.INFO).toList();
        String context = document.fileName() + " → " + result.verdict() + " " + describe(aboveInfo);
        switch (document.seedNumber()) {
            case 0 -> {
                assertEquals(Verdict.REJECTED, result.verdict(), context);
                Set<String> a1Columns = result.findings().stream()
                        .filter(f -> f.ruleId().equals("A1") && f.severity() == Severity.REJECT)
                        .map(f -> f.location().columnLabel()).collect(Collectors.toSet());
                assertEquals(Set.of("自然人", "总计"), a1Columns, context);
                assertTrue(result.findings().stream().filter(f -> f.severity() == Severity.REJECT)
                        .allMatch(f -> f.ruleId().equals("A1")), "only A1 rejects seed 000: " + context);
                Finding natural = result.findings().stream().filter(f -> f.ruleId().equals("A1")
                        && "自然人".equals(f.location().columnLabel())).findFirst().orElseThrow();
                assertEquals(0, natural.reported().compareTo(BigDecimal.ZERO), context);
                assertEquals(0, natural.computed().compareTo(BigDecimal.valueOf(2)), context);
            }
            case 1 -> {
                assertEquals(Verdict.ACCEPTED, result.verdict(), context);
                assertEquals(2, count(aboveInfo, "N2"), "two blank cells in （一）予以公开: " + context);
                assertTrue(aboveInfo.stream().anyMatch(f -> f.ruleId().equals("T1") && f.severity() == Severity.WARN
                        && f.reported().compareTo(BigDecimal.ONE) == 0 && f.computed().compareTo(BigDecimal.valueOf(12)) == 0),
                        "T1: text 行政复议1件, table 12: " + context);
            }
            case 2 -> {
                assertEquals(Verdict.ACCEPTED, result.verdict(), context);
                assertEquals(0, count(aboveInfo, "T1"), "收到21件 = 20 + 1 is at most INFO: " + context);
            }
            case 3 -> {
                assertEquals(Verdict.ACCEPTED, result.verdict(), context);
                assertTrue(aboveInfo.isEmpty(), "nothing above INFO: " + context);
            }
            case 4 -> {
                assertEquals(Verdict.ACCEPTED, result.verdict(), context);
                assertTrue(aboveInfo.stream().anyMatch(f -> f.ruleId().equals("T1") && f.severity() == Severity.WARN
                        && f.reported().compareTo(BigDecimal.valueOf(26)) == 0 && f.computed().compareTo(BigDecimal.valueOf(27)) == 0),
                        "T1: text 现行有效 26, table 27: " + context);
            }
            default -> throw new IllegalStateException(context);
        }
    }

    static ValidationResult validate(SeedCorpus.Document document) {
        ParseOutcome outcome = PARSER.parse(document.content(), document.fileName());
        ReportSubmitted submitted = new ReportSubmitted("s-" + document.fileName(), "agency", SubmissionSource.PORTAL,
                document.fileName(), "application/octet-stream", document.content().length, "00",
                new StoredFileRef("submissions", "0"), false, null, null, Instant.now());
        ReportParsed parsed = outcome.succeeded() ? ReportParsed.success(submitted, outcome.report(), Instant.now())
                : ReportParsed.failure(submitted, outcome.failure(), Instant.now());
        return VALIDATOR.validate(new ValidationContext(parsed, null, null, null));
    }

    private static long count(List<Finding> findings, String ruleId) {
        return findings.stream().filter(f -> f.ruleId().equals(ruleId)).count();
    }

    private static String describe(List<Finding> findings) {
        return findings.stream().map(f -> f.ruleId() + "/" + f.severity() + "/" + f.location() + " " + f.reported()
                + " vs " + f.computed()).collect(Collectors.joining("; "));
    }
}
