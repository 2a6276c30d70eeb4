package org.reportintake.validator.rules.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.reportintake.model.event.Finding;
import org.reportintake.model.event.Severity;
import org.reportintake.model.event.Verdict;
import org.reportintake.validator.rules.PublicationChange;
import org.reportintake.validator.rules.ReportValidator;
import org.reportintake.validator.rules.RuleCatalogue;
import org.reportintake.validator.rules.ValidationContext;
import org.reportintake.validator.rules.ValidationResult;
import org.reportintake.validator.rules.fixtures.ReportFixtures;
import org.reportintake.validator.rules.fixtures.Validation;

class AlteredAfterPublicationRuleTest {

    private static final ReportValidator VALIDATOR = new ReportValidator(RuleCatalogue.standard());

    @Test
    void warnsWhenTheCrawlerFoundTheReportAlteredAfterPublication() {
        PublicationChange change = new PublicationChange("http://www.example.gov.cn/zfxxgknb/t20240111_1.html",
                "ab12cd34ef56ab12cd34ef56", Instant.parse("2024-01-12T02:00:00Z"));

        ValidationResult result = VALIDATOR.validate(new ValidationContext(ReportFixtures.v30().parsed(), null, null, null, change));

        List<Finding> p3 = Validation.findings(result, "P3");
        assertEquals(1, p3.size());
        assertEquals(Severity.WARN, p3.get(0).severity());
        assertTrue(p3.get(0).messageZh().contains("2024-01-12") && p3.get(0).messageZh().contains("ab12cd34ef56"),
                p3.get(0).messageZh());
        assertEquals(Verdict.ACCEPTED, result.verdict(), "the altered content is still judged on its merits");
    }

    @Test
    void saysNothingAboutUploadsOrUnchangedPublications() {
        assertTrue(Validation.findings(Validation.validate(ReportFixtures.v30()), "P3").isEmpty());
    }
}
