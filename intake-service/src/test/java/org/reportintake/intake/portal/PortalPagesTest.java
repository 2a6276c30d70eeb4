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
import org.reportintake.model.report.ApplicantColumn;
import org.reportintake.model.report.ApplicationRow;

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

    @Test
    void needsReviewPageSaysPendingReviewAndNothingOfARejection() {
        String id = uploadForDemoAgency("needs-review");
        ReportSubmitted submitted = submittedEvent(id);
        Finding unreadable = new Finding("P9", Severity.REVIEW, "表三未能可靠识别，相关数字未核对", "Table 三 not mapped",
                new FindingLocation("三", "三", ApplicationRow.NEW_RECEIVED.label(), ApplicantColumn.NATURAL_PERSON.label()),
                null, null, null, "由上级主管部门人工核对", "Checked by the office");
        // A REJECT under NEEDS_REVIEW is unconfirmed (it may come from the misreading): shown as to be reviewed too.
        Finding unconfirmed = new Finding("A1", Severity.REJECT, "本年新收申请数与各办理结果之和不一致", "Column does not add up",
                new FindingLocation("三", "三", null, ApplicantColumn.TOTAL.label()), null, null, null, "请核对后重新上传", "Check");
        kafka.send(Topics.VALIDATED, submitted.agencyId(), EventCodec.toJson(new ReportValidated(submitted, Verdict.NEEDS_REVIEW,
                List.of(unreadable, unconfirmed), new ReportHeadline(null, null, 2023, null, null), Instant.now())));
        PortalSession session = PortalSession.signIn(DemoSeeder.AGENCY_USER, "demo-gaoan-2024");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> session.request().when().get("/api/submissions/" + id)
                .then().body("status", equalTo("NEEDS_REVIEW")));

        String page = session.request().when().get("/submissions/" + id).then().statusCode(200).extract().asString();

        assertTrue(page.contains("class=\"status status-NEEDS_REVIEW\""), "the review badge");
        assertTrue(page.contains(">待人工复核</span>"), "the status in words");
        assertTrue(page.contains("正由上级政务公开主管部门人工复核，本机关暂无需处理"), "the sentence for the clerk");
        assertTrue(page.contains("待复核事项（2 项）"), "both findings listed as to be reviewed");
        assertTrue(page.contains("class=\"review\""), "the unreadable cell is marked for review");
        assertTrue(page.contains("上传新版本"));
        for (String rejection : List.of("退回修改", "status-REJECTED", "必须修改", "修改建议", "请更正", "上传更正稿", "检查发现的问题", "请核对后重新上传",
                "class=\"flagged\"", "severity-REJECT")) {
            assertFalse(page.contains(rejection), "no rejection wording: " + rejection);
        }
    }

    @Test
    void legacyPageSaysHistoricFormatNotChecked() {
        String id = uploadForDemoAgency("legacy");
        ReportSubmitted submitted = submittedEvent(id);
        kafka.send(Topics.VALIDATED, submitted.agencyId(), EventCodec.toJson(new ReportValidated(submitted, Verdict.LEGACY,
                List.of(), new ReportHeadline(null, null, 2017, null, null), Instant.now())));
        PortalSession session = PortalSession.signIn(DemoSeeder.AGENCY_USER, "demo-gaoan-2024");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> session.request().when().get("/api/submissions/" + id)
                .then().body("status", equalTo("LEGACY")));

        String page = session.request().when().get("/submissions/" + id).then().statusCode(200).extract().asString();

        assertTrue(page.contains(">历史格式年报（2018年及以前），不适用现行格式校验</span>"), "the status in words");
        assertTrue(page.contains("id=\"status-note\""), "a sentence for the clerk");
        assertFalse(page.contains("退回修改"));
        assertFalse(page.contains("上传更正稿"));
    }

    private static String uploadForDemoAgency(String marker) {
        return given().header("Authorization", "Bearer local-admin-token")
                .multiPart("file", marker + ".txt",
                        ("某单位\n2023年政府信息公开工作年度报告\n" + marker + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8),
                        "text/plain")
                .formParam("agencyId", DemoSeeder.AGENCY_USER_AGENCY)
                .when().post("/api/submissions").then().statusCode(202).extract().path("id");
    }

    private ReportSubmitted submittedEvent(String id) {
        return EventCodec.fromJson(kafka.read(Topics.SUBMITTED, r -> id.equals(r.headers().get("ce_id")), 1,
                Duration.ofSeconds(30), Duration.ZERO).get(0).value(), ReportSubmitted.class);
    }
}
