package org.reportintake.validator.agency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.reportintake.infra.quarkus.LocalInfraTestResource;
import org.reportintake.model.event.Finding;
import org.reportintake.model.event.ReportParsed;
import org.reportintake.model.event.ReportSubmitted;
import org.reportintake.model.event.Severity;
import org.reportintake.model.event.StoredFileRef;
import org.reportintake.model.event.SubmissionSource;
import org.reportintake.validator.ValidationService;
import org.reportintake.validator.rules.fixtures.ReportFixtures;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The validator reads the issuer type from the intake service's agency directory for P1's deadline. */
@QuarkusTest
@QuarkusTestResource(LocalInfraTestResource.class)
class IssuerTypeFromDirectoryTest {

    private static final String GOVERNMENT = "示例县人民政府";
    private static final LocalDate MID_MARCH = LocalDate.of(2024, 3, 15);

    @Inject
    ValidationService validation;

    @Inject
    MongoClient mongo;

    @ConfigProperty(name = "quarkus.mongodb.database")
    String database;

    @Test
    void peoplesGovernmentPublishingInMarchIsOnTimeWhenTheDirectorySaysSo() {
        String agency = agencyInDirectory(new Document("issuerType", "PEOPLES_GOVERNMENT"));

        assertTrue(p1(agency).isEmpty(), p1(agency).toString());
    }

    @Test
    void sameReportIsLateWhenTheDirectorySaysDepartment() {
        String agency = agencyInDirectory(new Document("issuerType", "DEPARTMENT"));

        List<Finding> p1 = p1(agency);
        assertEquals(1, p1.size(), p1.toString());
        assertEquals(Severity.WARN, p1.get(0).severity());
        assertTrue(p1.get(0).messageZh().contains("政府部门"), p1.get(0).messageZh());
        assertFalse(p1.get(0).messageZh().contains("按名称推断"), "the type came from the directory, not the name");
    }

    @Test
    void agencyMissingFromTheDirectoryIsJudgedByItsName() {
        String agency = "agency-" + UUID.randomUUID();

        assertTrue(p1(agency).isEmpty(), "示例县人民政府 is inferred to be a people's government");
    }

    @Test
    void directoryEntryWithoutOrWithUnknownIssuerTypeFallsBackToTheName() {
        String withoutType = agencyInDirectory(new Document());
        String unknownType = agencyInDirectory(new Document("issuerType", "MINISTRY"));
        String wrongKind = agencyInDirectory(new Document("issuerType", 3));

        assertTrue(p1(withoutType).isEmpty());
        assertTrue(p1(unknownType).isEmpty());
        assertTrue(p1(wrongKind).isEmpty());
    }

    private String agencyInDirectory(Document fields) {
        String agency = "agency-" + UUID.randomUUID();
        Document entry = new Document("_id", agency).append("name", GOVERNMENT).append("active", true);
        entry.putAll(fields);
        agencies().insertOne(entry);
        return agency;
    }

    private List<Finding> p1(String agency) {
        ReportSubmitted submitted = new ReportSubmitted(UUID.randomUUID().toString(), agency, SubmissionSource.CRAWL,
                "report.html", "text/html", 100, UUID.randomUUID().toString().replace("-", ""),
                new StoredFileRef("submissions", "0"), true, "https://www.example.gov.cn/nb/2023.html", MID_MARCH,
                Instant.now());
        ReportParsed parsed = ReportParsed.success(submitted, ReportFixtures.v30()
                .title(GOVERNMENT + "2023年政府信息公开工作年度报告", GOVERNMENT)
                .agency(GOVERNMENT, GOVERNMENT, GOVERNMENT)
                .build(), Instant.now());
        return validation.validateAndStore(parsed).findings().stream().filter(f -> f.ruleId().equals("P1")).toList();
    }

    private MongoCollection<Document> agencies() {
        return mongo.getDatabase(database).getCollection("agencies");
    }
}
