package org.reportintake.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.reportintake.load.variants.ExpectedFinding;
import org.reportintake.load.variants.Layouts;
import org.reportintake.load.variants.SeedNumbers;
import org.reportintake.load.variants.SeedText;
import org.reportintake.load.variants.SeedVariants;
import org.reportintake.load.variants.Variant;
import org.reportintake.model.event.Finding;
import org.reportintake.model.event.Severity;
import org.reportintake.model.event.Verdict;
import org.reportintake.model.report.ApplicantColumn;
import org.reportintake.validator.rules.ValidationResult;

/**
 * A false REJECT of a sound report is the worst error the product can make: seed variants whose tables add up are
 * never rejected, in any layout, and a planted error is rejected by its rule at its cell and by nothing else.
 * Real parser and real rule engine, as SeedOutcomesTest.
 */
class SoundVariantsAreNeverRejectedTest {

    private static final Set<Verdict> NOT_REJECTED = Set.of(Verdict.ACCEPTED, Verdict.NEEDS_REVIEW);

    static Stream<Arguments> soundVariantsInEveryLayout() {
        return cross(Layouts.ALL, sound());
    }

    static Stream<Arguments> plantedErrorsInLayoutsThatKeepCells() {
        return cross(Layouts.keepingCells(), SeedVariants.inconsistent());
    }

    static Stream<Arguments> plantedErrorsInFlattenedLayouts() {
        return cross(Layouts.flattening(), SeedVariants.inconsistent());
    }

    static Stream<Arguments> soundVariantsWithBlankTotals() {
        return cross(Layouts.blankingTotals(), sound());
    }

    @ParameterizedTest(name = "{0} × {1}")
    @MethodSource("soundVariantsInEveryLayout")
    void soundVariantIsAcceptedOrSentToReviewButNeverRejected(Layouts.Named layout, Variant variant) {
        ValidationResult result = validate(layout, variant);
        List<Finding> rejections = severe(result, Severity.REJECT);
        assertTrue(NOT_REJECTED.contains(result.verdict()), describe(result));
        assertTrue(rejections.isEmpty(), "no REJECT finding: " + describe(result));
    }

    @ParameterizedTest(name = "{0} × {1}")
    @MethodSource("plantedErrorsInFlattenedLayouts")
    void plantedErrorInAFlattenedTableIsRejectedByItsRuleOrSentToReviewButNeverAccepted(Layouts.Named layout,
            Variant variant) {
        ValidationResult result = validate(layout, variant);
        Set<ExpectedFinding> rejections = severe(result, Severity.REJECT).stream().map(ExpectedFinding::of)
                .collect(Collectors.toSet());
        // Either the runs could still be split (then the error is read and rejected where it is), or the planted
        // error leaves no split that adds up (then it is ours to review). Never silently accepted.
        if (result.verdict() == Verdict.REJECTED) {
            assertTrue(rejections.containsAll(variant.rejections()), describe(result));
        } else {
            assertEquals(Verdict.NEEDS_REVIEW, result.verdict(), describe(result));
        }
    }

    @ParameterizedTest(name = "{0} × {1}")
    @MethodSource("plantedErrorsInLayoutsThatKeepCells")
    void plantedErrorIsRejectedByItsRuleAtItsCellAndNothingElse(Layouts.Named layout, Variant variant) {
        ValidationResult result = validate(layout, variant);
        Set<ExpectedFinding> rejections = severe(result, Severity.REJECT).stream().map(ExpectedFinding::of)
                .collect(Collectors.toSet());
        assertEquals(Verdict.REJECTED, result.verdict(), describe(result));
        assertEquals(variant.rejections(), rejections, describe(result));
    }

    @ParameterizedTest(name = "{0} × {1}")
    @MethodSource("soundVariantsWithBlankTotals")
    void blankTotalIsComputedAndWarnedUnderA3NotRejected(Layouts.Named layout, Variant variant) {
        ValidationResult result = validate(layout, variant);
        assertTrue(NOT_REJECTED.contains(result.verdict()), describe(result));
        // A blank 总计 whose applicants add up to something is computed (A3 warns); in a table 三 whose applicants
        // are all 0 it simply reads as 0 (N2 warns). Either way the agency hears of it and is never rejected.
        SeedNumbers numbers = SeedText.of(variant.text()).numbers();
        boolean anyApplication = numbers.rows().stream().anyMatch(row -> Stream.of(ApplicantColumn.values())
                .filter(column -> column != ApplicantColumn.TOTAL).anyMatch(column -> numbers.value(row, column) > 0));
        String rule = anyApplication ? "A3" : "N2";
        assertTrue(severe(result, Severity.WARN).stream().anyMatch(f -> f.ruleId().equals(rule)
                        && "三".equals(f.location().table()) && "总计".equals(f.location().columnLabel())),
                "a " + rule + " WARN for the blank 总计 cells: " + describe(result));
    }

    /** Seeds 001–004 as published and every consistent variant. */
    private static List<Variant> sound() {
        return Stream.concat(SeedVariants.seeds().stream(), SeedVariants.consistent().stream()).toList();
    }

    private static Stream<Arguments> cross(List<Layouts.Named> layouts, List<Variant> variants) {
        return layouts.stream().flatMap(layout -> variants.stream().map(variant -> Arguments.of(layout, variant)));
    }

    private static ValidationResult validate(Layouts.Named layout, Variant variant) {
        byte[] content = layout.layout().apply(variant.text()).getBytes(StandardCharsets.UTF_8);
        return SeedOutcomesTest.validate(new SeedCorpus.Document(variant.seed(), "txt", variant.fileName(), content));
    }

    private static List<Finding> severe(ValidationResult result, Severity severity) {
        return result.findings().stream().filter(f -> f.severity() == severity).toList();
    }

    private static String describe(ValidationResult result) {
        return result.verdict() + " " + result.findings().stream().filter(f -> f.severity() != Severity.INFO)
                .map(f -> f.ruleId() + "/" + f.severity() + " " + ExpectedFinding.of(f) + " " + f.reported() + " vs "
                        + f.computed())
                .collect(Collectors.joining("; "));
    }
}
