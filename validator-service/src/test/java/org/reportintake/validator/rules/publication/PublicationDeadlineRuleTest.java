package org.reportintake.validator.rules.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.reportintake.model.agency.IssuerType;
import org.reportintake.model.event.Finding;
import org.reportintake.model.event.Severity;
import org.reportintake.model.event.Verdict;
import org.reportintake.model.report.TemplateVersion;
import org.reportintake.validator.rules.ValidationResult;
import org.reportintake.validator.rules.fixtures.ReportBuilder;
import org.reportintake.validator.rules.fixtures.ReportFixtures;
import org.reportintake.validator.rules.fixtures.Validation;

class PublicationDeadlineRuleTest {

    private static List<Finding> p1(ReportBuilder report, IssuerType issuerType, LocalDate publishedOn) {
        return Validation.findings(Validation.validate(report, null, issuerType, publishedOn), "P1");
    }

    private static ReportBuilder namedBy(String agency) {
        return ReportFixtures.v30().agency(agency, agency, agency).signatureDate(null);
    }

    @Test
    void acceptsDepartmentPublishingOn31January() {
        assertTrue(p1(ReportFixtures.v30(), IssuerType.DEPARTMENT, LocalDate.of(2024, 1, 31)).isEmpty());
    }

    @Test
    void warnsDepartmentPublishingInFebruary() {
        ValidationResult result = Validation.validate(ReportFixtures.v30(), null, IssuerType.DEPARTMENT,
                LocalDate.of(2024, 2, 5));

        List<Finding> found = Validation.findings(result, "P1");
        assertEquals(1, found.size());
        assertEquals(Severity.WARN, found.get(0).severity());
        assertTrue(found.get(0).messageZh().contains("2024-01-31") && found.get(0).messageZh().contains("5 天"),
                found.get(0).messageZh());
        assertEquals(Verdict.ACCEPTED, result.verdict());
    }

    @Test
    void treatsTownsAndOtherIssuersLikeDepartments() {
        assertEquals(1, p1(ReportFixtures.v30(), IssuerType.TOWN_OR_STREET, LocalDate.of(2024, 2, 1)).size());
        assertEquals(1, p1(ReportFixtures.v30(), IssuerType.OTHER, LocalDate.of(2024, 2, 1)).size());
    }

    @Test
    void givesPeoplesGovernmentUntil31March() {
        assertTrue(p1(ReportFixtures.v30(), IssuerType.PEOPLES_GOVERNMENT, LocalDate.of(2024, 3, 31)).isEmpty());
        assertEquals(1, p1(ReportFixtures.v30(), IssuerType.PEOPLES_GOVERNMENT, LocalDate.of(2024, 4, 1)).size());
    }

    @Test
    void infersPeoplesGovernmentFromTheNameWhenTheDirectoryGivesNone() {
        assertTrue(p1(namedBy("樟树市"), null, LocalDate.of(2024, 3, 10)).isEmpty());
        assertTrue(p1(namedBy("高安市人民政府"), null, LocalDate.of(2024, 3, 10)).isEmpty());
        assertTrue(p1(namedBy("某某县人民政府"), null, LocalDate.of(2024, 3, 10)).isEmpty());
    }

    @Test
    void infersDepartmentForTheOwnReportOfAGovernmentOffice() {
        List<Finding> found = p1(namedBy("大通区人民政府办公室"), null, LocalDate.of(2024, 3, 10));

        assertEquals(1, found.size());
        assertTrue(found.get(0).messageZh().contains("按名称推断"), found.get(0).messageZh());
    }

    @Test
    void prefersTheDirectoryOverTheName() {
        assertEquals(1, p1(namedBy("樟树市"), IssuerType.DEPARTMENT, LocalDate.of(2024, 3, 10)).size());
    }

    @Test
    void usesTheSignatureDateWhenTheSiteGivesNone() {
        assertTrue(p1(ReportFixtures.v30().signatureDate(LocalDate.of(2024, 1, 20)), IssuerType.DEPARTMENT, null)
                .isEmpty());
        List<Finding> found = p1(ReportFixtures.v30().signatureDate(LocalDate.of(2024, 2, 20)), IssuerType.DEPARTMENT,
                null);
        assertTrue(found.get(0).messageZh().contains("落款日期"), found.get(0).messageZh());
    }

    @Test
    void prefersTheSitesPublicationDateOverTheSignatureDate() {
        assertEquals(1, p1(ReportFixtures.v30().signatureDate(LocalDate.of(2024, 1, 20)), IssuerType.DEPARTMENT,
                LocalDate.of(2024, 2, 20)).size());
    }

    @Test
    void notesWithInfoThatThereIsNoDate() {
        List<Finding> found = p1(ReportFixtures.v30().signatureDate(null), IssuerType.DEPARTMENT, null);

        assertEquals(1, found.size());
        assertEquals(Severity.INFO, found.get(0).severity());
    }

    @Test
    void givesEveryIssuerUntil31MarchUnderThe2008RegulationForReportsBefore2019() {
        ReportBuilder legacy = ReportFixtures.v30().year(2017).version(TemplateVersion.LEGACY)
                .period(LocalDate.of(2017, 1, 1), LocalDate.of(2017, 12, 31));

        assertTrue(p1(legacy, IssuerType.DEPARTMENT, LocalDate.of(2018, 3, 20)).isEmpty());
        assertEquals(1, p1(legacy, IssuerType.DEPARTMENT, LocalDate.of(2018, 4, 2)).size());
    }
}
