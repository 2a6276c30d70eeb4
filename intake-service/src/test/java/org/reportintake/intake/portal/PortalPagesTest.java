package org.reportintake.intake.portal;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.reportintake.infra.quarkus.LocalInfraTestResource;
import org.reportintake.infra.testing.TopicClient;
import org.reportintake.intake.demo.DemoSeeder;
import org.reportintake.intake.security.PortalSession;
import org.reportintake.model.event.EventCodec;
import org.reportintake.model.event.Finding;
import org.reportintake.model.event.FindingLocation;
import org.reportintake.model.event.ReportHeadline;
import org.reportintake.model.event.ReportSubmitted;
import org.reportintake.model.event.ReportValidated;
import org.reportintake.model.event.Severity;
import org.reportintake.model.event.Topics;
import org.reportintake.model.event.Verdict;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The portal's server-rendered pages: what each role is offered, and that nothing from a report reaches them unescaped. */
@QuarkusTest
@QuarkusTestResource(LocalInfraTestResource.class)
class PortalPagesTest {

    private final TopicClient kafka = new TopicClient(LocalInfraTestResource.infra().kafkaBootstrapServers());

    @Test
    void supervisorsUploadPageOffersEveryAgency() {
        PortalSession session = PortalSession.signIn(DemoSeeder.SUPERVISOR, "demo-supervisor-2024");
        String page = session.request().when().get("/").then().statusCode(200).extract().asString();
        assertTrue(page.contains("data-agency-select"), "an agency choice");
        for (String agency : List.of("gaoan-zwfw", "gaoan-gov", "zhangshu-gov", "yichun-etdz", "huainan-datong-office")) {
            assertTrue(page.contains("value=\"" + agency + "\""), agency);
        }
        assertTrue(page.contains("全部报送"));
    }

    @Test
    void agencyUsersUploadPageHasNoAgencyChoice() {
        PortalSession session = PortalSession.signIn(DemoSeeder.AGENCY_USER, "demo-gaoan-2024");
        String page = session.request().when().get("/").then().statusCode(200).extract().asString();
        assertFalse(page.contains("data-agency-select"));
        assertTrue(page.contains("高安市行政服务中心管委会"));
        assertTrue(page.contains("本机关的报送"));
    }

    @Test
    void submissionPageEscapesFileNameAndFindingText() {
        String id = given().header("Authorization", "Bearer local-admin-token")
                .multiPart("file", "<img src=x onerror=alert(1)>.txt",
                        ("某单位\n2023年政府信息公开工作年度报告\n" + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8), "text/plain")
                .formParam("agencyId", DemoSeeder.AGENCY_USER_AGENCY)
                .when().post("/api/submissions").then().statusCode(202).extract().path("id");
        ReportSubmitted submitted = EventCodec.fromJson(kafka.read(Topics.SUBMITTED, r -> id.equals(r.headers().get("ce_id")), 1,
                Duration.ofSeconds(30), Duration.ZERO).get(0).value(), ReportSubmitted.class);
        Finding hostile = new Finding("X1", Severity.WARN, "<script>alert('finding')</script>", "x",
                new FindingLocation("三", "三", null, "自然人"), null, null, null, "<b onmouseover=alert(2)>提示</b>", "x");
        kafka.send(Topics.VALIDATED, submitted.agencyId(), EventCodec.toJson(new ReportValidated(submitted, Verdict.REJECTED,
                List.of(hostile), new ReportHeadline(null, null, 2023, null, null), Instant.now())));
        PortalSession session = PortalSession.signIn(DemoSeeder.AGENCY_USER, "demo-gaoan-2024");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> session.request().when().get("/api/submissions/" + id)
                .then().body("status", equalTo("REJECTED")));

        String page = session.request().when().get("/submissions/" + id).then().statusCode(200).extract().asString();

        assertFalse(page.contains("<img src=x"), "file name never reaches the page as markup");
        assertFalse(page.contains("<script>alert"), "finding text is escaped");
        assertFalse(page.contains("<b onmouseover"), "hint text is escaped");
        assertTrue(page.contains("&lt;script&gt;alert("), "shown as text");
        assertEquals(1, page.split("data-rule=\"X1\"", -1).length - 1, "the finding's callout sits in one cell");
    }
}
