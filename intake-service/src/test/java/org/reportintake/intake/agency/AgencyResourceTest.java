package org.reportintake.intake.agency;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.reportintake.infra.quarkus.LocalInfraTestResource;
import org.reportintake.intake.demo.DemoSeeder;

import com.mongodb.client.MongoClient;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The agency directory: CRUD and bulk import by the supervisor, and the demo directory seeded at start-up. */
@QuarkusTest
@QuarkusTestResource(LocalInfraTestResource.class)
class AgencyResourceTest {

    private static final String ADMIN = "Bearer local-admin-token";

    @Inject
    DemoSeeder seeder;

    @Inject
    MongoClient mongo;

    @Test
    void demoDirectoryHoldsTheFiveSeedAgenciesWithTheirIssuerTypes() {
        given().header("Authorization", ADMIN).when().get("/api/agencies").then().statusCode(200)
                .body("name", hasItems("高安市行政服务中心管委会", "高安市人民政府", "樟树市人民政府", "宜春经济技术开发区管委会",
                        "大通区人民政府办公室"));
        given().header("Authorization", ADMIN).when().get("/api/agencies/gaoan-zwfw").then().statusCode(200)
                .body("issuerType", equalTo("DEPARTMENT")).body("region.code", equalTo("360983"))
                .body("parentId", equalTo("gaoan-gov")).body("aliases", hasItems("高安市行政务服务中心管委会"));
        given().header("Authorization", ADMIN).when().get("/api/agencies/zhangshu-gov").then()
                .body("issuerType", equalTo("PEOPLES_GOVERNMENT")).body("websiteUrl", equalTo("http://www.zhangshu.gov.cn/"));
        given().header("Authorization", ADMIN).when().get("/api/agencies/huainan-datong-office").then()
                .body("issuerType", equalTo("DEPARTMENT")).body("region.code", equalTo("340402"));
    }

    @Test
    void seedingAgainChangesNothing() {
        long agencies = mongo.getDatabase("report_intake").getCollection("agencies").countDocuments();
        long accounts = mongo.getDatabase("report_intake").getCollection("accounts").countDocuments();
        seeder.seed();
        assertEquals(agencies, mongo.getDatabase("report_intake").getCollection("agencies").countDocuments());
        assertEquals(accounts, mongo.getDatabase("report_intake").getCollection("accounts").countDocuments());
    }

    @Test
    void supervisorCreatesReadsReplacesAndDeletesAnEntry() {
        String id = "crud-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> entry = Map.of("id", id, "name", "某县交通运输局", "issuerType", "DEPARTMENT",
                "region", Map.of("code", "360982", "name", "江西省宜春市樟树市"), "parentId", "zhangshu-gov",
                "contactEmails", List.of("gk@jt.example"), "websiteUrl", "https://jt.example/",
                "reportColumnUrl", "https://jt.example/zfxxgk/ndbg/");
        given().header("Authorization", ADMIN).contentType(ContentType.JSON).body(entry)
                .when().post("/api/agencies").then().statusCode(201).body("id", equalTo(id));
        given().header("Authorization", ADMIN).when().get("/api/agencies/" + id).then().statusCode(200)
                .body("reportColumnUrl", equalTo("https://jt.example/zfxxgk/ndbg/")).body("contactEmails[0]", equalTo("gk@jt.example"));
        given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body(Map.of("name", "某县交通运输局（更名）", "issuerType", "OTHER"))
                .when().put("/api/agencies/" + id).then().statusCode(200).body("name", equalTo("某县交通运输局（更名）"));
        given().header("Authorization", ADMIN).when().get("/api/agencies/" + id).then().body("issuerType", equalTo("OTHER"));
        given().header("Authorization", ADMIN).when().delete("/api/agencies/" + id).then().statusCode(204);
        given().header("Authorization", ADMIN).when().get("/api/agencies/" + id).then().statusCode(404);
    }

    @Test
    void invalidEntryIsRefusedWithAReason() {
        given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body(Map.of("id", "bad-" + UUID.randomUUID().toString().substring(0, 8), "name", "某局", "issuerType", "DEPARTMENT",
                        "contactEmails", List.of("not-an-email")))
                .when().post("/api/agencies").then().statusCode(400).body("problems[0].messageZh", containsString("邮箱"));
    }

    @Test
    void csvImportUpsertsEveryRow() {
        String p = "csv-" + UUID.randomUUID().toString().substring(0, 8);
        String csv = "id,name,regionCode,regionName,issuerType,parentId,contactEmails,websiteUrl\n"
                + p + "-1,\"某县人民政府, 办公室\",360982,江西省宜春市樟树市,department,zhangshu-gov,a@x.example;b@x.example,http://x.example/\n"
                + p + "-2,某镇人民政府,360982,江西省宜春市樟树市,TOWN_OR_STREET," + p + "-1,,\n";
        given().header("Authorization", ADMIN).contentType("text/csv; charset=UTF-8").body(csv)
                .when().post("/api/agencies/import").then().statusCode(200).body("imported", equalTo(2));
        given().header("Authorization", ADMIN).contentType("text/csv; charset=UTF-8").body(csv)
                .when().post("/api/agencies/import").then().statusCode(200).body("imported", equalTo(2));
        given().header("Authorization", ADMIN).when().get("/api/agencies/" + p + "-1").then()
                .body("name", equalTo("某县人民政府, 办公室")).body("contactEmails", equalTo(List.of("a@x.example", "b@x.example")));
        given().header("Authorization", ADMIN).when().get("/api/agencies/" + p + "-2").then()
                .body("issuerType", equalTo("TOWN_OR_STREET")).body("parentId", equalTo(p + "-1"));
    }

    @Test
    void jsonImportStoresNothingWhenOneEntryIsWrong() {
        String p = "json-" + UUID.randomUUID().toString().substring(0, 8);
        List<Map<String, Object>> entries = List.of(
                Map.of("id", p + "-ok", "name", "某区人民政府", "issuerType", "PEOPLES_GOVERNMENT"),
                Map.of("id", p + "-bad", "name", "某区某局", "issuerType", "DEPARTMENT", "parentId", "no-such-parent"));
        given().header("Authorization", ADMIN).contentType(ContentType.JSON).body(entries)
                .when().post("/api/agencies/import").then().statusCode(400).body("problems[0].index", equalTo(1));
        given().header("Authorization", ADMIN).when().get("/api/agencies/" + p + "-ok").then().statusCode(404);
    }

    @Test
    void openApiAndSwaggerUiAreServed() {
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body(containsString("/api/agencies")).body(containsString("/api/submissions"));
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }
}
