package org.reportintake.validator.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.reportintake.model.event.Finding;
import org.reportintake.model.event.ParseFailure;
import org.reportintake.model.event.ParseFailureCode;
import org.reportintake.model.event.ReportParsed;
import org.reportintake.model.event.Severity;
import org.reportintake.model.event.Verdict;
import org.reportintake.model.report.AnnualReport;
import org.reportintake.model.report.ApplicantColumn;
import org.reportintake.model.report.ApplicationRow;
import org.reportintake.model.report.FormatNotice;
import org.reportintake.model.report.SectionKind;
import org.reportintake.model.report.TemplateVersion;
import org.reportintake.validator.rules.failure.ParseFailureOutcomes;
import org.reportintake.validator.rules.fixtures.ReportBuilder;
import org.reportintake.validator.rules.fixtures.ReportFixtures;
import org.reportintake.validator.rules.fixtures.Validation;

class ReportValidatorTest {

    private final ReportValidator validator = new ReportValidator(RuleCatalogue.standard());

    @Test
    void acceptsSoundV30ReportWithNothingAboveInfo() {
        ValidationResult result = Validation.validate(ReportFixtures.v30());

        assertEquals(Verdict.ACCEPTED, result.verdict());
        assertEquals(List.of(), Validation.aboveInfo(result), Validation.describe(result.findings()));
    }

    @Test
    void acceptsSoundV60ReportWithNothingAboveInfo() {
        ValidationResult result = Validation.validate(ReportFixtures.v60());

        assertEquals(Verdict.ACCEPTED, result.verdict());
        assertEquals(List.of(), Validation.aboveInfo(result), Validation.describe(result.findings()));
    }

    @Test
    void acceptsReportWithWarningsOnly() {
        ValidationResult result = Validation.validate(ReportFixtures.v30().sectionText(SectionKind.OTHER_MATTERS, "无。"));

        assertEquals(Verdict.ACCEPTED, result.verdict());
        assertEquals(1, Validation.findings(result, "C1").size());
    }

    @Test
    void rejectsReportWithAnyRejectFinding() {
        ValidationResult result = Validation.validate(ReportFixtures.v30()
                .application(ApplicationRow.TOTAL, ApplicantColumn.NATURAL_PERSON, 4)
                .application(ApplicationRow.TOTAL, ApplicantColumn.TOTAL, 5));

        assertEquals(Verdict.REJECTED, result.verdict());
    }

    @Test
    void sortsFindingsMostSevereFirstThenInCatalogueOrder() {
        ValidationResult result = Validation.validate(ReportFixtures.v30()
                .sectionText(SectionKind.OTHER_MATTERS, "无。")
                .notice(FormatNotice.GUOBAN_2019_60)
                .application(ApplicationRow.CARRIED_TO_NEXT_YEAR, ApplicantColumn.NATURAL_PERSON, 2)
                .application(ApplicationRow.CARRIED_TO_NEXT_YEAR, ApplicantColumn.TOTAL, 2));

        List<String> order = result.findings().stream().map(f -> f.severity() + " " + f.ruleId()).toList();
        assertEquals(List.of("REJECT A1", "REJECT A1", "WARN S2", "WARN C1", "INFO A6", "INFO A7"), order,
                Validation.describe(result.findings()));
    }

    @Test
    void turnsParseFailureIntoOneRejectFindingWithTheParsersReason() {
        ParseFailure failure = new ParseFailure(ParseFailureCode.CORRUPT_FILE, "文件已损坏，没有文字层。",
                "The file is damaged, without a text layer.");

        ValidationResult result = validator.validate(new ValidationContext(
                ReportParsed.failure(ReportBuilder.submission(), failure, Instant.EPOCH), null, null, null));

        assertEquals(Verdict.REJECTED, result.verdict());
        assertEquals(1, result.findings().size());
        Finding finding = result.findings().get(0);
        assertEquals("X1", finding.ruleId());
        assertEquals(Severity.REJECT, finding.severity());
        assertTrue(finding.messageZh().contains("CORRUPT_FILE") && finding.messageZh().contains("没有文字层"),
                finding.messageZh());
        assertTrue(finding.messageEn().contains("without a text layer"), finding.messageEn());
    }

    @Test
    void refersParseFailuresThatAreOursForReviewNeverRejecting() {
        for (ParseFailureCode code : List.of(ParseFailureCode.TIMEOUT, ParseFailureCode.IMAGE_ONLY,
                ParseFailureCode.TOO_MANY_PAGES, ParseFailureCode.FILE_MISSING, ParseFailureCode.INTERNAL_ERROR)) {
            ValidationResult result = validator.validate(new ValidationContext(ReportParsed.failure(
                    ReportBuilder.submission(), new ParseFailure(code, "原因", "reason"), Instant.EPOCH), null, null, null));

            assertEquals(Verdict.NEEDS_REVIEW, result.verdict(), code.name());
            assertEquals(Severity.REVIEW, result.findings().get(0).severity(), code.name());
            assertTrue(result.findings().get(0).messageZh().contains(code.name()), result.findings().get(0).messageZh());
        }
    }

    @Test
    void givesEveryParseFailureCodeExactlyTheOutcomeOfThePublishedTable() {
        for (ParseFailureOutcomes.Outcome outcome : ParseFailureOutcomes.table()) {
            ValidationResult result = validator.validate(new ValidationContext(ReportParsed.failure(
                    ReportBuilder.submission(), new ParseFailure(outcome.code(), "原因", "reason"), Instant.EPOCH),
                    null, null, null));

            assertEquals(outcome.verdict(), result.verdict(), outcome.code().name());
        }
        assertEquals(ParseFailureCode.values().length, ParseFailureOutcomes.table().size());
    }

    @Test
    void refersAReportReadAsEmptyForReviewWithoutAnyRuleFailing() {
        AnnualReport empty = new AnnualReport(null, null, null, null, null, null);

        ValidationResult result = validator.validate(new ValidationContext(
                ReportParsed.success(ReportBuilder.submission(), empty, Instant.EPOCH), null, null, null));

        // Not even a year was read from something the parser took for a report: our reading failed.
        assertEquals(Verdict.NEEDS_REVIEW, result.verdict());
        assertEquals(List.of(), Validation.findings(result, "X3"), Validation.describe(result.findings()));
        assertEquals(1, Validation.findings(result, "S1").size());
    }

    @Test
    void toleratesMissingTablesSectionsAndClaimsInEveryRule() {
        ValidationResult result = Validation.validate(ReportFixtures.v30().withoutApplications().withoutCases()
                .withoutDisclosures().withoutClaims(), ReportFixtures.v30().year(2022).withoutApplications()
                .withoutDisclosures().build(), null, null);

        assertEquals(List.of(), Validation.findings(result, "X3"), Validation.describe(result.findings()));
        assertEquals(3, Validation.findings(result, "S3").size());
    }

    @Test
    void refersParserAnswerWithNeitherReportNorFailureForReview() {
        ValidationResult result = validator.validate(new ValidationContext(
                new ReportParsed(ReportBuilder.submission(), null, null, Instant.EPOCH), null, null, null));

        assertEquals(Verdict.NEEDS_REVIEW, result.verdict());
        assertEquals(List.of("X1"), result.findings().stream().map(Finding::ruleId).toList());
    }

    @Test
    void classifiesLegacyFormatParseFailureInsteadOfCrashing() {
        ParseFailure failure = new ParseFailure(ParseFailureCode.LEGACY_FORMAT, "2019年以前的旧格式报告。", null);

        ValidationResult result = validator.validate(new ValidationContext(
                ReportParsed.failure(ReportBuilder.submission(), failure, Instant.EPOCH), null, null, null));

        assertEquals(Verdict.LEGACY, result.verdict());
        assertEquals(1, result.findings().size());
        assertEquals("X2", result.findings().get(0).ruleId());
        assertEquals(Severity.INFO, result.findings().get(0).severity());
        assertTrue(result.findings().get(0).messageZh().contains("LEGACY"));
    }

    @Test
    void doesNotApplyArithmeticRulesToLegacyReport() {
        ValidationResult result = Validation.validate(ReportFixtures.v30()
                .year(2017).period(LocalDate.of(2017, 1, 1), LocalDate.of(2017, 12, 31))
                .title("示例市交通运输局2017年政府信息公开工作年度报告", ReportFixtures.AGENCY)
                .signatureDate(LocalDate.of(2018, 3, 1))
                .version(TemplateVersion.LEGACY)
                .withoutApplications().withoutCases().withoutDisclosures());

        assertEquals(Verdict.LEGACY, result.verdict(), Validation.describe(result.findings()));
        assertEquals(List.of("X2"), result.findings().stream().map(Finding::ruleId).toList());
        assertEquals(Severity.INFO, result.findings().get(0).severity());
        assertTrue(result.findings().get(0).messageZh().contains("历史格式年报"), result.findings().get(0).messageZh());
    }

    @Test
    void classifiesAReportFor2018InTheCurrentLayoutAsLegacyWithoutRejecting() {
        // Tables that do not add up: for a 2019+ report that is a REJECT, for 2018 the current rules do not apply.
        ValidationResult result = Validation.validate(ReportFixtures.v30()
                .year(2018).period(LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31))
                .title("示例市交通运输局2018年政府信息公开工作年度报告", ReportFixtures.AGENCY)
                .signatureDate(LocalDate.of(2019, 3, 1))
                .application(ApplicationRow.NEW_RECEIVED, ApplicantColumn.TOTAL, 99));

        assertEquals(Verdict.LEGACY, result.verdict(), Validation.describe(result.findings()));
        assertTrue(result.findings().stream().noneMatch(f -> f.severity() == Severity.REJECT),
                Validation.describe(result.findings()));
        assertEquals(1, Validation.findings(result, "X2").size());
    }

    @Test
    void refersReportForReviewWhenARuleCannotRunInsteadOfFailingTheValidation() {
        ReportRule broken = new ReportRule() {
            @Override
            public RuleSpec spec() {
                return RuleSpec.builder("Z9", RuleCategory.CONTENT).versions(TemplateVersion.V30)
                        .title("坏规则", "Broken rule").hint("无", "None")
                        .message("m", Severity.REJECT, "x", "x").build();
            }

            @Override
            public List<Finding> check(CheckedReport report) {
                throw new IllegalStateException("boom");
            }
        };
        ValidationResult result = new ReportValidator(new RuleCatalogue(List.of(broken)))
                .validate(new ValidationContext(ReportFixtures.v30().parsed(), null, null, null));

        assertEquals(Verdict.NEEDS_REVIEW, result.verdict());
        assertEquals("X3", result.findings().get(0).ruleId());
        assertEquals(Severity.REVIEW, result.findings().get(0).severity());
    }
}
