package org.reportintake.validator.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.reportintake.infra.quarkus.LocalInfraTestResource;
import org.reportintake.model.event.Finding;
import org.reportintake.model.event.ParseFailure;
import org.reportintake.model.event.ParseFailureCode;
import org.reportintake.model.event.ReportParsed;
import org.reportintake.model.event.ReportSubmitted;
import org.reportintake.model.event.ReportValidated;
import org.reportintake.model.event.Verdict;
import org.reportintake.validator.ValidationService;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** A year's figures, aggregated by MongoDB from the stored verdicts and report cells. */
@QuarkusTest
@QuarkusTestResource(LocalInfraTestResource.class)
class StatisticsResourceTest {

    // A year no other test stores reports for, so the figures are this test's alone.
    private static final int YEAR = 2027;

    @Inject
    ValidationService validation;

    @Test
    void countsVerdictsRulesAndApplicationsOfTheYearsCurrentReports() {
        Instant t = Instant.parse("2028-01-10T08:00:00Z");
        String corrected = ApiReports.newAgency();
        List<ReportValidated> official = new ArrayList<>();
        // agency 1: rejected (新收 总计 7), then corrected (6); agency 2: accepted (6) at once
        official.add(validation.validateAndStore(ApiReports.broken(ApiReports.submitted(corrected, t, false), YEAR)));
        official.add(validation.validateAndStore(ApiReports.sound(ApiReports.submitted(corrected, t.plusSeconds(60), false), YEAR)));
        official.add(validation.validateAndStore(ApiReports.sound(ApiReports.submitted(ApiReports.newAgency(), t, false), YEAR)));
        // neither a dry run nor an unreadable file (no year) counts
        validation.validateAndStore(ApiReports.broken(ApiReports.submitted(ApiReports.newAgency(), t, true), YEAR));
        validation.validateAndStore(ReportParsed.failure(ApiReports.submitted(ApiReports.newAgency(), t, false),
                new ParseFailure(ParseFailureCode.ENCRYPTED, "文件已加密。", "Encrypted."), t));
        assertEquals(List.of(Verdict.REJECTED, Verdict.ACCEPTED, Verdict.ACCEPTED),
                official.stream().map(ReportValidated::verdict).toList());

        JsonPath stats = given().header("Authorization", ApiReports.TOKEN)
                .when().get("/api/statistics/{year}", YEAR)
                .then().statusCode(200)
                .body("year", equalTo(YEAR))
                .body("submissions.total", equalTo(3))
                .body("submissions.accepted", equalTo(2))
                .body("submissions.rejected", equalTo(1))
                .body("currentReports.total", equalTo(2))
                .body("currentReports.accepted", equalTo(2))
                .body("currentReports.rejected", equalTo(0))
                // Σ 本年新收 总计 over the two current reports: 6 + 6 (the superseded 7 is left out)
                .body("applications.find { it.row == 'NEW_RECEIVED' }.total", equalTo(12))
                .body("applications.find { it.row == 'NEW_RECEIVED' }.reports", equalTo(2))
                .body("applications.find { it.row == 'NEW_RECEIVED' }.label", equalTo("一、本年新收政府信息公开申请数量"))
                .body("applications.find { it.row == 'CARRIED_FROM_PREVIOUS_YEAR' }.total", equalTo(2))
                .body("applications.find { it.row == 'CARRIED_TO_NEXT_YEAR' }.total", equalTo(2))
                .body("applications[0].row", equalTo("NEW_RECEIVED"))
                .extract().jsonPath();

        assertEquals(expectedRuleCounts(official), actualRuleCounts(stats));
        assertTrue(actualRuleCounts(stats).containsKey("A1 REJECT"), actualRuleCounts(stats).toString());
    }

    @Test
    void yearWithoutReportsHasZeroFigures() {
        given().header("Authorization", ApiReports.TOKEN)
                .when().get("/api/statistics/{year}", 1999)
                .then().statusCode(200)
                .body("submissions.total", equalTo(0))
                .body("currentReports.total", equalTo(0))
                .body("rules", empty())
                .body("applications", empty());
    }

    /** "ruleId SEVERITY" → "findings/submissions", counted from the verdicts the service returned. */
    private static Map<String, String> expectedRuleCounts(List<ReportValidated> verdicts) {
        Map<String, int[]> counts = new TreeMap<>();
        for (ReportValidated verdict : verdicts) {
            Map<String, Boolean> seen = new TreeMap<>();
            for (Finding f : verdict.findings()) {
                String key = f.ruleId() + " " + f.severity();
                int[] c = counts.computeIfAbsent(key, k -> new int[2]);
                c[0]++;
                if (seen.put(key, true) == null) {
                    c[1]++;
                }
            }
        }
        Map<String, String> out = new TreeMap<>();
        counts.forEach((k, c) -> out.put(k, c[0] + "/" + c[1]));
        return out;
    }

    private static Map<String, String> actualRuleCounts(JsonPath stats) {
        Map<String, String> out = new TreeMap<>();
        List<Map<String, Object>> rules = stats.getList("rules");
        for (Map<String, Object> rule : rules) {
            out.put(rule.get("ruleId") + " " + rule.get("severity"), rule.get("findings") + "/" + rule.get("submissions"));
        }
        return out;
    }
}
