package org.reportintake.validator.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reportintake.infra.quarkus.LocalInfraTestResource;
import org.reportintake.infra.testing.TopicClient;
import org.reportintake.model.event.EventCodec;
import org.reportintake.model.event.ParseFailure;
import org.reportintake.model.event.ParseFailureCode;
import org.reportintake.model.event.ReportParsed;
import org.reportintake.model.event.ReportSubmitted;
import org.reportintake.model.event.Topics;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The report list and detail, on reports that went through the real broker and validator. */
@QuarkusTest
@QuarkusTestResource(LocalInfraTestResource.class)
class ReportsResourceTest {

    private static final int YEAR = 2023;

    private final TopicClient kafka = new TopicClient(LocalInfraTestResource.infra().kafkaBootstrapServers());

    private String agency;
    private ReportSubmitted original;
    private ReportSubmitted correction;

    /** An agency whose rejected original was corrected an hour later. */
    @BeforeEach
    void originalAndCorrection() {
        agency = ApiReports.newAgency();
        Instant first = Instant.parse("2024-01-10T08:00:00Z");
        original = ApiReports.submitted(agency, first, false);
        correction = ApiReports.submitted(agency, first.plusSeconds(3600), false);
        publish(ApiReports.broken(original, YEAR), ApiReports.sound(correction, YEAR));
    }

    @Test
    void listsReportsOfOneAgencyAndYearWithTheirVersions() {
        given().header("Authorization", ApiReports.TOKEN)
                .queryParam("agencyId", agency).queryParam("year", YEAR)
                .when().get("/api/reports")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("limit", equalTo(50))
                .body("offset", equalTo(0))
                .body("items", hasSize(2))
                // newest first: the correction is current and accepted
                .body("items[0].submissionId", equalTo(correction.submissionId()))
                .body("items[0].agencyId", equalTo(agency))
                .body("items[0].year", equalTo(YEAR))
                .body("items[0].verdict", equalTo("ACCEPTED"))
                .body("items[0].current", equalTo(true))
                .body("items[0].submittedAt", equalTo("2024-01-10T09:00:00Z"))
                .body("items[0].findings.reject", equalTo(0))
                .body("items[0].ruleIds", not(hasItem("A1")))
                .body("items[1].submissionId", equalTo(original.submissionId()))
                .body("items[1].verdict", equalTo("REJECTED"))
                .body("items[1].current", equalTo(false))
                .body("items[1].submittedAt", equalTo("2024-01-10T08:00:00Z"))
                .body("items[1].findings.reject", greaterThan(0))
                .body("items[1].ruleIds", hasItem("A1"))
                .body("items[1].ruleIds", hasItem("A3"));
    }

    @Test
    void filtersByVerdictAndRule() {
        given().header("Authorization", ApiReports.TOKEN)
                .queryParam("agencyId", agency).queryParam("verdict", "REJECTED")
                .when().get("/api/reports")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].submissionId", equalTo(original.submissionId()));
        given().header("Authorization", ApiReports.TOKEN)
                .queryParam("agencyId", agency).queryParam("ruleId", "A1")
                .when().get("/api/reports")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].submissionId", equalTo(original.submissionId()));
        given().header("Authorization", ApiReports.TOKEN)
                .queryParam("agencyId", agency).queryParam("verdict", "accepted").queryParam("ruleId", "A1")
                .when().get("/api/reports")
                .then().statusCode(200)
                .body("total", equalTo(0))
                .body("items", empty());
        given().header("Authorization", ApiReports.TOKEN)
                .queryParam("agencyId", agency).queryParam("year", YEAR - 1)
                .when().get("/api/reports")
                .then().statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void pagesWithLimitAndOffset() {
        given().header("Authorization", ApiReports.TOKEN)
                .queryParam("agencyId", agency).queryParam("limit", 1).queryParam("offset", 1)
                .when().get("/api/reports")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("limit", equalTo(1))
                .body("offset", equalTo(1))
                .body("items", hasSize(1))
                .body("items[0].submissionId", equalTo(original.submissionId()));
    }

    @Test
    void leavesDryRunsAndOtherAgenciesOutOfTheList() {
        ReportSubmitted dryRun = ApiReports.submitted(agency, Instant.parse("2024-01-11T08:00:00Z"), true);
        ReportSubmitted other = ApiReports.submitted(ApiReports.newAgency(), Instant.parse("2024-01-11T08:00:00Z"), false);
        publish(ApiReports.sound(dryRun, YEAR), ApiReports.sound(other, YEAR));

        given().header("Authorization", ApiReports.TOKEN)
                .queryParam("agencyId", agency)
                .when().get("/api/reports")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.submissionId", not(hasItem(dryRun.submissionId())));
    }

    @Test
    void rejectsQueryParametersItCannotUse() {
        given().header("Authorization", ApiReports.TOKEN).queryParam("verdict", "MAYBE")
                .when().get("/api/reports").then().statusCode(400).body("code", equalTo("INVALID_VERDICT"));
        given().header("Authorization", ApiReports.TOKEN).queryParam("limit", 0)
                .when().get("/api/reports").then().statusCode(400).body("code", equalTo("INVALID_LIMIT"));
        given().header("Authorization", ApiReports.TOKEN).queryParam("limit", 501)
                .when().get("/api/reports").then().statusCode(400).body("code", equalTo("INVALID_LIMIT"));
        given().header("Authorization", ApiReports.TOKEN).queryParam("offset", -1)
                .when().get("/api/reports").then().statusCode(400).body("code", equalTo("INVALID_OFFSET"));
        given().header("Authorization", ApiReports.TOKEN).queryParam("year", "2023年")
                .when().get("/api/reports").then().statusCode(400).body("code", equalTo("INVALID_YEAR"));
        given().header("Authorization", ApiReports.TOKEN).queryParam("limit", "ten")
                .when().get("/api/reports").then().statusCode(400).body("code", equalTo("INVALID_LIMIT"));
    }

    @Test
    void showsOneReportWithItsFindingsAndWhichVersionIsCurrent() {
        given().header("Authorization", ApiReports.TOKEN)
                .when().get("/api/reports/{id}", original.submissionId())
                .then().statusCode(200)
                .body("submissionId", equalTo(original.submissionId()))
                .body("agencyId", equalTo(agency))
                .body("year", equalTo(YEAR))
                .body("templateVersion", equalTo("V30"))
                .body("agencyName", equalTo("示例市交通运输局"))
                .body("verdict", equalTo("REJECTED"))
                .body("current", equalTo(false))
                .body("dryRun", equalTo(false))
                .body("submittedAt", equalTo("2024-01-10T08:00:00Z"))
                .body("validatedAt", notNullValue())
                .body("counts.reject", greaterThan(0))
                .body("findings[0].severity", equalTo("REJECT"))
                .body("findings.find { it.ruleId == 'A3' }.table", equalTo("三"))
                .body("findings.find { it.ruleId == 'A3' }.column", equalTo("总计"))
                .body("findings.find { it.ruleId == 'A3' }.reported", equalTo(7))
                .body("findings.find { it.ruleId == 'A3' }.computed", equalTo(6))
                .body("versions", hasSize(2))
                .body("versions[0].submissionId", equalTo(original.submissionId()))
                .body("versions[0].status", equalTo("SUPERSEDED"))
                .body("versions[0].verdict", equalTo("REJECTED"))
                .body("versions[1].submissionId", equalTo(correction.submissionId()))
                .body("versions[1].status", equalTo("CURRENT"))
                .body("versions[1].verdict", equalTo("ACCEPTED"));
        given().header("Authorization", ApiReports.TOKEN)
                .when().get("/api/reports/{id}", correction.submissionId())
                .then().statusCode(200)
                .body("current", equalTo(true))
                .body("versions", hasSize(2));
    }

    @Test
    void showsAnUnreadableFileWithoutYearOrVersions() {
        ReportSubmitted encrypted = ApiReports.submitted(ApiReports.newAgency(), Instant.now(), false);
        publish(ReportParsed.failure(encrypted,
                new ParseFailure(ParseFailureCode.ENCRYPTED, "文件已加密，请上传未加密的文件。", "The file is encrypted."),
                Instant.now()));

        given().header("Authorization", ApiReports.TOKEN)
                .when().get("/api/reports/{id}", encrypted.submissionId())
                .then().statusCode(200)
                .body("verdict", equalTo("REJECTED"))
                .body("year", nullValue())
                .body("current", equalTo(false))
                .body("versions", empty())
                .body("findings[0].ruleId", equalTo("X1"));
    }

    @Test
    void answers404ForAnUnknownSubmission() {
        given().header("Authorization", ApiReports.TOKEN)
                .when().get("/api/reports/{id}", "no-such-submission")
                .then().statusCode(404)
                .body("code", equalTo("NOT_FOUND"));
    }

    /** Publishes parsed reports and waits until the validator has published a verdict for each. */
    private void publish(ReportParsed... parsed) {
        for (ReportParsed p : parsed) {
            kafka.send(Topics.PARSED, p.submission().agencyId(), EventCodec.toJson(p));
        }
        for (ReportParsed p : parsed) {
            String id = p.submission().submissionId();
            assertEquals(1, kafka.read(Topics.VALIDATED, r -> r.value().contains(id), 1, Duration.ofSeconds(30),
                    Duration.ZERO).size(), "verdict for " + id);
        }
    }
}
