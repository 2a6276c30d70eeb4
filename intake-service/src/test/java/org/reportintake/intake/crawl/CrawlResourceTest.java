package org.reportintake.intake.crawl;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reportintake.infra.quarkus.LocalInfraTestResource;
import org.reportintake.infra.testing.TopicClient;
import org.reportintake.model.event.EventCodec;
import org.reportintake.model.event.ReportSubmitted;
import org.reportintake.model.event.SubmissionSource;
import org.reportintake.model.event.Topics;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * Crawls fake county websites served on 127.0.0.1 by this test, with the real Kafka broker and MongoDB wire server:
 * what reaches {@code report.submitted}, what the crawl-run record says, and what the sites were asked.
 */
@QuarkusTest
@TestProfile(CrawlTestProfile.class)
@QuarkusTestResource(LocalInfraTestResource.class)
class CrawlResourceTest {

    private static final String TOKEN = "Bearer local-admin-token";

    private final TopicClient kafka = new TopicClient(LocalInfraTestResource.infra().kafkaBootstrapServers());
    private final List<AutoCloseable> servers = new ArrayList<>();

    @Inject
    MongoClient mongo;

    @AfterEach
    void stopServers() throws Exception {
        for (AutoCloseable c : servers) {
            c.close();
        }
    }

    @Test
    void everyPublishedReportIsSubmittedOnceAndNothingForbiddenIsRequested() {
        ForbiddenTarget forbidden = keep(new ForbiddenTarget());
        List<FixtureSites.Site> sites = register(
                FixtureSites.trs(id("trs")), FixtureSites.hanweb(id("hanweb")), FixtureSites.docx(id("docx")),
                FixtureSites.gbk(id("gbk")), FixtureSites.robotsForbidden(id("robots")),
                FixtureSites.redirectToForbidden(id("redirect"), forbidden));

        JsonPath run = crawlAndWait(null);

        printSummary("first run", run, sites);
        assertEquals("FINISHED", run.getString("status"));
        for (FixtureSites.Site site : sites) {
            List<ReportSubmitted> events = submitted(site.agencyId(), site.reports().size());
            assertEquals(site.reports().size(), events.size(), site.label() + ": one ReportSubmitted per report");
            Map<String, ReportSubmitted> byUrl = events.stream().collect(Collectors.toMap(ReportSubmitted::sourceUrl, e -> e));
            for (FixtureSites.Expected expected : site.reports()) {
                ReportSubmitted event = byUrl.get(expected.sourceUrl());
                assertNotNull(event, site.label() + ": missing " + expected.sourceUrl() + " in " + byUrl.keySet());
                assertEquals(SubmissionSource.CRAWL, event.source());
                assertEquals(site.agencyId(), event.agencyId());
                assertEquals(expected.publishedOn(), event.publishedOn(), expected.sourceUrl());
                assertFalse(event.dryRun());
            }
            Map<String, Object> agency = agency(run, site.agencyId());
            assertEquals(site.reports().size(), agency.get("reportsFound"), site.label());
            assertEquals(site.reports().size(), agency.get("newReports"), site.label());
            for (FixtureSite.Request r : site.server().requests()) {
                assertTrue(r.userAgent().startsWith("report-intake-crawler/1.0 (+http"), r.userAgent());
            }
        }
        FixtureSites.Site trs = sites.get(0);
        assertFalse(trs.server().paths().contains("/zfxxgk/zfxxgknb/202312/t20231220_110.html"), "a notice about reports is not read");
        assertEquals(1, trs.server().count("/zfxxgk/zfxxgknb/index_1.html"), "TRS pager page read once");
        FixtureSites.Site hanweb = sites.get(1);
        assertTrue(hanweb.server().paths().contains("/col/col123/index.html?uid=4567&pageNum=2"));
        FixtureSites.Site docx = sites.get(2);
        assertFalse(docx.server().paths().contains("/"), "a known column URL skips discovery: " + docx.server().paths());
        assertFalse(docx.server().paths().contains("/xxgk/gknb/202402/P020240220390.pdf"), "the Word version is taken, not also the PDF");
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                submitted(docx.agencyId(), 1).get(0).mediaType());
        FixtureSites.Site gbk = sites.get(3);
        assertEquals(gbk.reports().get(0).title(), reports(run, gbk.agencyId()).get(0).get("title"), "GBK title decoded");
        FixtureSites.Site robots = sites.get(4);
        assertTrue(robots.server().paths().contains("/robots.txt"));
        assertTrue(robots.server().paths().stream().noneMatch(p -> p.startsWith("/zfxxgk/")),
                "robots.txt forbids the column; requested: " + robots.server().paths());
        assertTrue(errors(run, robots.agencyId()).stream().anyMatch(e -> e.contains("robots.txt")), errors(run, robots.agencyId()).toString());
        FixtureSites.Site redirect = sites.get(5);
        assertEquals(0, forbidden.connections(), "the guard refused 127.0.0.2 before connecting");
        assertTrue(errors(run, redirect.agencyId()).stream().anyMatch(e -> e.contains("address guard") && e.contains("127.0.0.2")),
                errors(run, redirect.agencyId()).toString());
        assertEquals(7, run.getInt("reportsFound"));
        assertEquals(7, run.getInt("newReports"));
    }

    @Test
    void secondRunSubmitsNothingNewAndAnEditedReportIsSubmittedAgainFlaggedChanged() {
        List<FixtureSites.Site> sites = register(FixtureSites.trs(id("trs")), FixtureSites.hanweb(id("hanweb")),
                FixtureSites.docx(id("docx")), FixtureSites.gbk(id("gbk")));
        JsonPath first = crawlAndWait(null);
        printSummary("first run", first, sites);
        assertEquals(7, first.getInt("newReports"));

        sites.forEach(s -> s.server().clearLog());
        JsonPath second = crawlAndWait(null);

        printSummary("second run", second, sites);
        assertEquals(7, second.getInt("reportsFound"));
        assertEquals(0, second.getInt("newReports"));
        assertEquals(0, second.getInt("changedReports"));
        assertEquals(7, second.getInt("unchangedReports"));
        FixtureSites.Site trs = sites.get(0);
        String trsDetail = "/zfxxgk/zfxxgknb/202401/t20240111_123.html";
        FixtureSite.Request conditional = trs.server().requests().stream().filter(r -> r.pathAndQuery().equals(trsDetail))
                .findFirst().orElseThrow();
        assertNotNull(conditional.ifNoneMatch(), "the second run asks with the ETag it saw");
        FixtureSites.Site hanweb = sites.get(1);
        assertNotNull(hanweb.server().requests().stream().filter(r -> r.pathAndQuery().startsWith("/art/2024/"))
                .findFirst().orElseThrow().ifModifiedSince(), "the second run asks with the Last-Modified it saw");
        for (FixtureSites.Site site : sites) {
            assertEquals(site.reports().size(), submittedSettled(site.agencyId()).size(), site.label() + ": nothing new on the topic");
        }

        // The county silently corrects a figure in a published report, and replaces the Word attachment.
        String edited = FixtureSites.trsDetailHtml(FixtureSites.corpusTitle("html/002_caa70d9250cb3ad4.html"), LocalDate.of(2024, 1, 11),
                "樟树市人民政府办公室", FixtureSites.corpusBody("html/002_caa70d9250cb3ad4.html").replaceFirst("</td>", "（更正）</td>"));
        trs.server().html(trsDetail, edited);
        FixtureSites.Site docx = sites.get(2);
        byte[] newDocx = FixtureSites.resource("docx/000_c82a2c402dd56cf8.docx");
        newDocx = java.util.Arrays.copyOf(newDocx, newDocx.length + 1);
        docx.server().bytes(FixtureSites.DOCX_PATH, newDocx,
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        String oldTrsSha = crawlDocument(trs.agencyId(), trs.server().url(trsDetail)).getString("sha256");

        JsonPath third = crawlAndWait(null);

        printSummary("third run (edited)", third, sites);
        assertEquals(2, third.getInt("changedReports"));
        assertEquals(0, third.getInt("newReports"));
        assertEquals(5, third.getInt("unchangedReports"));
        List<ReportSubmitted> trsEvents = submitted(trs.agencyId(), 4);
        assertEquals(4, trsEvents.size(), "three reports and one new version");
        assertEquals(2, trsEvents.stream().filter(e -> e.sourceUrl().equals(trs.server().url(trsDetail))).count());
        assertEquals(2, submitted(docx.agencyId(), 2).size());
        Map<String, Object> changed = reports(third, trs.agencyId()).stream()
                .filter(r -> "CHANGED".equals(r.get("outcome"))).findFirst().orElseThrow();
        assertEquals(trs.server().url(trsDetail), changed.get("url"));
        assertEquals(true, changed.get("changedAfterFirstSeen"));
        assertEquals(oldTrsSha, changed.get("previousSha256"));
        Document stored = crawlDocument(trs.agencyId(), trs.server().url(trsDetail));
        assertEquals(true, stored.getBoolean("changedAfterFirstSeen"));
        assertEquals(oldTrsSha, stored.getString("previousSha256"));
        assertNotNull(stored.getDate("lastChangedAt"));
        assertNotNull(stored.getDate("firstSeenAt"));
        assertEquals(2, stored.getList("versions", Document.class).size());
        assertEquals(true, crawlDocument(docx.agencyId(), docx.reports().get(0).sourceUrl()).getBoolean("changedAfterFirstSeen"));
    }

    @Test
    void secondStartIsRefusedWhileTheFirstHoldsTheLease() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        FixtureSites.Site slow = register(FixtureSites.hanweb(id("slow"))).get(0);
        slow.server().hold("/col/col123/index.html", release);
        String firstId;
        try {
            firstId = given().header("Authorization", TOKEN).when().post("/api/crawls")
                    .then().statusCode(202).body("status", equalTo("RUNNING")).extract().path("id");
            await().atMost(Duration.ofSeconds(20)).until(() -> slow.server().paths().contains("/col/col123/index.html"));

            given().header("Authorization", TOKEN).queryParam("agencyId", slow.agencyId()).when().post("/api/crawls")
                    .then().statusCode(409).body("code", equalTo("CRAWL_RUNNING"));
            Document lease = mongo.getDatabase(CrawlTestProfile.DATABASE).getCollection("crawl_lease")
                    .find(Filters.eq("_id", "crawl")).first();
            assertEquals(firstId, lease.getString("holder"));

            // Past the 6 s lease of the test configuration: the running crawl has renewed it, so it still holds.
            Thread.sleep(7000);
            given().header("Authorization", TOKEN).when().post("/api/crawls").then().statusCode(409);
            assertEquals("RUNNING", run(firstId).getString("status"));
        } finally {
            release.countDown();
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> !"RUNNING".equals(run(firstId).getString("status")));
        assertEquals("FINISHED", run(firstId).getString("status"));

        JsonPath next = crawlAndWait(slow.agencyId());
        assertEquals(0, next.getInt("newReports"), "the lease is free again once the first run finished");
    }

    @Test
    void expiredLeaseCanBeTakenOverAndOnlyItsHolderRenewsIt() throws InterruptedException {
        CrawlLeaseRepository leases = io.quarkus.arc.Arc.container().instance(CrawlLeaseRepository.class).get();
        String a = "holder-" + UUID.randomUUID();
        String b = "holder-" + UUID.randomUUID();

        assertTrue(leases.tryAcquire(a, Duration.ofMillis(300)));
        assertFalse(leases.tryAcquire(b, Duration.ofSeconds(5)), "held");
        assertFalse(leases.renew(b, Duration.ofSeconds(5)), "only the holder renews");
        Thread.sleep(400);
        assertTrue(leases.tryAcquire(b, Duration.ofSeconds(5)), "expired lease is taken over");
        assertFalse(leases.renew(a, Duration.ofSeconds(5)), "the old holder lost it");
        leases.release(b);
        assertTrue(leases.tryAcquire(a, Duration.ofSeconds(5)), "released lease is free at once");
        leases.release(a);
    }

    @Test
    void scheduledTriggerCrawlsEveryAgencyInTheDirectory() {
        FixtureSites.Site site = register(FixtureSites.gbk(id("scheduled"))).get(0);

        io.quarkus.arc.Arc.container().instance(CrawlScheduler.class).get().crawlAll();

        String id = given().header("Authorization", TOKEN).when().get("/api/crawls?limit=1").then().statusCode(200)
                .body("[0].trigger", equalTo("SCHEDULED")).extract().path("[0].id");
        await().atMost(Duration.ofSeconds(60)).until(() -> !"RUNNING".equals(run(id).getString("status")));
        JsonPath run = run(id);
        assertEquals("FINISHED", run.getString("status"));
        assertEquals(1, run.getList("agencies").size());
        assertEquals(1, run.getInt("newReports"));
        assertEquals(1, submitted(site.agencyId(), 1).size());
    }

    @Test
    void crawlApiIsForTheSupervisingOfficeOnly() {
        given().when().post("/api/crawls").then().statusCode(401);
        given().header("Authorization", "Bearer wrong").when().get("/api/crawls").then().statusCode(401);
        given().header("Authorization", TOKEN).contentType(ContentType.JSON).body("{\"agencyId\":\"no-such-agency\"}")
                .when().post("/api/crawls").then().statusCode(404).body("code", equalTo("UNKNOWN_AGENCY"));
        given().header("Authorization", TOKEN).when().get("/api/crawls/no-such-run").then().statusCode(404);
        given().header("Authorization", TOKEN).when().get("/api/crawls").then().statusCode(200);
    }

    // ---------------------------------------------------------------------------------------------------------

    private static String id(String label) {
        return "crawl-" + label + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private <T extends AutoCloseable> T keep(T server) {
        servers.add(server);
        return server;
    }

    /** Starts from an empty directory, so that "crawl all" means exactly these fixture sites. */
    private List<FixtureSites.Site> register(FixtureSites.Site... sites) {
        MongoCollection<Document> agencies = mongo.getDatabase(CrawlTestProfile.DATABASE).getCollection("agencies");
        agencies.deleteMany(new Document());
        for (FixtureSites.Site site : sites) {
            keep(site.server());
            Document d = new Document("_id", site.agencyId()).append("name", site.name()).append("issuerType", "COUNTY")
                    .append("contactEmails", List.of("gk@example.invalid")).append("websiteUrl", site.websiteUrl())
                    .append("region", new Document("code", "360982").append("name", "测试县"));
            if (site.reportColumnUrl() != null) {
                d.append("reportColumnUrl", site.reportColumnUrl());
            }
            agencies.insertOne(d);
        }
        return List.of(sites);
    }

    private JsonPath crawlAndWait(String agencyId) {
        // A run that just finished may still be releasing its lease: retry a 409 briefly.
        String id = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> given().header("Authorization", TOKEN).queryParams(agencyId == null ? Map.of() : Map.of("agencyId", agencyId))
                        .when().post("/api/crawls").then().extract(), r -> r.statusCode() == 202).path("id");
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
                .until(() -> !"RUNNING".equals(run(id).getString("status")));
        return run(id);
    }

    private static JsonPath run(String id) {
        return given().header("Authorization", TOKEN).when().get("/api/crawls/" + id).then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> agency(JsonPath run, String agencyId) {
        List<Map<String, Object>> agencies = run.getList("agencies");
        return agencies.stream().filter(a -> agencyId.equals(a.get("agencyId"))).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> reports(JsonPath run, String agencyId) {
        return (List<Map<String, Object>>) agency(run, agencyId).get("reports");
    }

    @SuppressWarnings("unchecked")
    private static List<String> errors(JsonPath run, String agencyId) {
        return ((List<Map<String, Object>>) agency(run, agencyId).get("errors")).stream()
                .map(e -> e.get("url") + " " + e.get("reason")).toList();
    }

    private List<ReportSubmitted> submitted(String agencyId, int expected) {
        return kafka.read(Topics.SUBMITTED, r -> agencyId.equals(r.key()), expected, Duration.ofSeconds(30), Duration.ofSeconds(2))
                .stream().map(r -> EventCodec.fromJson(r.value(), ReportSubmitted.class)).toList();
    }

    /** Everything on the topic for the agency, waiting a little for stragglers. */
    private List<ReportSubmitted> submittedSettled(String agencyId) {
        return kafka.read(Topics.SUBMITTED, r -> agencyId.equals(r.key()), Integer.MAX_VALUE, Duration.ofSeconds(4), Duration.ZERO)
                .stream().map(r -> EventCodec.fromJson(r.value(), ReportSubmitted.class)).toList();
    }

    private Document crawlDocument(String agencyId, String url) {
        return mongo.getDatabase(CrawlTestProfile.DATABASE).getCollection("crawl_documents")
                .find(Filters.eq("_id", agencyId + " " + url)).first();
    }

    /** One line per fixture site for the closing note: pages fetched, reports found, time. */
    private static void printSummary(String phase, JsonPath run, List<FixtureSites.Site> sites) {
        Map<String, String> labels = new HashMap<>();
        sites.forEach(s -> labels.put(s.agencyId(), s.label()));
        long total = Duration.between(java.time.Instant.parse(run.getString("startedAt")),
                java.time.Instant.parse(run.getString("finishedAt"))).toMillis();
        System.out.printf("CRAWL SUMMARY %s: %d sites, %d pages fetched, %d reports found (%d new, %d changed, %d unchanged), "
                + "%d errors, %d ms for the full crawl%n", phase, sites.size(), run.getInt("pagesFetched"), run.getInt("reportsFound"),
                run.getInt("newReports"), run.getInt("changedReports"), run.getInt("unchangedReports"),
                run.getList("errors").size(), total);
        List<Map<String, Object>> agencies = run.getList("agencies");
        for (Map<String, Object> a : agencies) {
            System.out.printf("CRAWL SUMMARY %s | %-32s | pages fetched %3s | reports found %2s | new %2s | changed %2s | "
                    + "unchanged %2s | errors %s | %s ms%n", phase, labels.getOrDefault(a.get("agencyId"), String.valueOf(a.get("agencyId"))),
                    a.get("pagesFetched"), a.get("reportsFound"), a.get("newReports"), a.get("changedReports"),
                    a.get("unchangedReports"), ((List<?>) a.get("errors")).size(), a.get("durationMillis"));
        }
    }
}
