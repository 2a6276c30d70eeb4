package org.reportintake.validator.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;

import org.junit.jupiter.api.Test;
import org.reportintake.infra.quarkus.LocalInfraTestResource;
import org.reportintake.model.event.ParseFailureCode;
import org.reportintake.validator.rules.RuleCatalogue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(LocalInfraTestResource.class)
class RulesResourceTest {

    @Test
    void listsTheWholeCatalogueInOrderWithTitlesAndHints() {
        int rules = RuleCatalogue.standard().describe().size();

        given().header("Authorization", ApiReports.TOKEN)
                .when().get("/api/rules")
                .then().statusCode(200)
                .body("$", hasSize(rules))
                .body("[0].id", equalTo("X1"))
                .body("id", hasItems("S1", "A1", "T1", "C1", "P1"))
                .body("find { it.id == 'P1' }.category", equalTo("PUBLICATION"))
                .body("find { it.id == 'P1' }.severity", equalTo("WARN"))
                .body("find { it.id == 'P1' }.versions", hasItems("V30", "V60", "LEGACY"))
                .body("find { it.id == 'A1' }.severity", equalTo("REJECT"))
                .body("find { it.id == 'A1' }.titleZh", not(emptyOrNullString()))
                .body("find { it.id == 'A1' }.hintEn", not(emptyOrNullString()))
                .body("find { it.id == 'A1' }.outcome", equalTo("REJECTED"))
                .body("find { it.id == 'X4' }.outcome", equalTo("NEEDS_REVIEW"))
                .body("find { it.id == 'X2' }.outcome", equalTo("LEGACY"));
    }

    @Test
    void publishesTheVerdictOfEveryParseFailureCode() {
        given().header("Authorization", ApiReports.TOKEN)
                .when().get("/api/rules/parse-failures")
                .then().statusCode(200)
                .body("$", hasSize(ParseFailureCode.values().length))
                .body("find { it.code == 'CORRUPT_FILE' }.verdict", equalTo("REJECTED"))
                .body("find { it.code == 'TIMEOUT' }.verdict", equalTo("NEEDS_REVIEW"))
                .body("find { it.code == 'LEGACY_FORMAT' }.verdict", equalTo("LEGACY"))
                .body("find { it.code == 'TIMEOUT' }.reasonZh", not(emptyOrNullString()));
    }
}
