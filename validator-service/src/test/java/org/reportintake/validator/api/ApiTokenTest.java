package org.reportintake.validator.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.reportintake.infra.quarkus.LocalInfraTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Every read endpoint answers only to the configured bearer token; the docs stay open. */
@QuarkusTest
@QuarkusTestResource(LocalInfraTestResource.class)
class ApiTokenTest {

    private static final List<String> ENDPOINTS = List.of("/api/reports", "/api/reports/any-id", "/api/statistics/2023",
            "/api/rules");

    @Test
    void everyEndpointAnswers401WithoutAValidBearerToken() {
        for (String endpoint : ENDPOINTS) {
            given().when().get(endpoint).then().statusCode(401)
                    .header("WWW-Authenticate", "Bearer")
                    .body("code", equalTo("UNAUTHORIZED"));
            given().header("Authorization", "Bearer wrong-token").when().get(endpoint).then().statusCode(401);
            given().header("Authorization", "Bearer local-admin-token-and-more").when().get(endpoint).then().statusCode(401);
            given().header("Authorization", "Basic bG9jYWwtYWRtaW4tdG9rZW4=").when().get(endpoint).then().statusCode(401);
            given().header("Authorization", "Bearer ").when().get(endpoint).then().statusCode(401);
        }
    }

    @Test
    void everyEndpointAnswersTheConfiguredToken() {
        given().header("Authorization", ApiReports.TOKEN).when().get("/api/reports").then().statusCode(200);
        given().header("Authorization", ApiReports.TOKEN).when().get("/api/reports/any-id").then().statusCode(404);
        given().header("Authorization", ApiReports.TOKEN).when().get("/api/statistics/2023").then().statusCode(200);
        given().header("Authorization", "bearer local-admin-token").when().get("/api/rules").then().statusCode(200);
    }

    @Test
    void openApiDocumentDescribesTheEndpointsAndTheirBearerScheme() {
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .body("paths", hasKey("/api/reports"))
                .body("paths", hasKey("/api/reports/{submissionId}"))
                .body("paths", hasKey("/api/statistics/{year}"))
                .body("paths", hasKey("/api/rules"))
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"));
        given().when().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }
}
