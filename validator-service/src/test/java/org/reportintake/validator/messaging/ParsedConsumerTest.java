package org.reportintake.validator.messaging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.reportintake.infra.quarkus.LocalInfraTestResource;
import org.reportintake.infra.testing.TopicClient;
import org.reportintake.model.event.EventCodec;
import org.reportintake.model.event.ParseFailure;
import org.reportintake.model.event.ParseFailureCode;
import org.reportintake.model.event.ReportParsed;
import org.reportintake.model.event.ReportSubmitted;
import org.reportintake.model.event.ReportValidated;
import org.reportintake.model.event.Severity;
import org.reportintake.model.event.StoredFileRef;
import org.reportintake.model.event.SubmissionSource;
import org.reportintake.model.event.Topics;
import org.reportintake.model.event.Verdict;
import org.reportintake.model.report.AnnualReport;
import org.reportintake.model.report.ApplicantColumn;
import org.reportintake.model.report.ApplicationRow;
import org.reportintake.model.report.ApplicationTable;
import org.reportintake.model.report.Cell;
import org.reportintake.model.report.CellKind;
import org.reportintake.model.report.FormatNotice;
import org.reportintake.model.report.ReportMetadata;
import org.reportintake.model.report.TemplateVersion;
import org.reportintake.validator.store.ReportRepository;

import com.mongodb.client.MongoClient;
import com.mongodb.client.model.Filters;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
@QuarkusTestResource(LocalInfraTestResource.class)
class ParsedConsumerTest {

    @Inject
    MongoClient mongo;

    @Inject
    ReportRepository reports;

    @ConfigProperty(name = "quarkus.mongodb.database")
    String database;

    private final TopicClient kafka = new TopicClient(LocalInfraTestResource.infra().kafkaBootstrapServers());

    @Test
    void redeliveredParsedReportIsValidatedAndPublishedOnce() {
        ReportSubmitted submitted = submitted("agency-" + UUID.randomUUID(), Instant.now(), false);
        String payload = EventCodec.toJson(ReportParsed.success(submitted, reportWithNewNaturalPersons(2), Instant.now()));

        for (int i = 0; i < 3; i++) {
            kafka.send(Topics.PARSED, submitted.agencyId(), payload);
        }

        List<TopicClient.Received> out = kafka.read(Topics.VALIDATED, r -> submitted.agencyId().equals(r.key()), 1,
                Duration.ofSeconds(30), Duration.ofSeconds(3));
        assertEquals(1, out.size(), "one verdict however often the parsed report is delivered");
        ReportValidated validated = EventCodec.fromJson(out.get(0).value(), ReportValidated.class);
        assertEquals(Verdict.REJECTED, validated.verdict());
        assertTrue(validated.findings().stream().anyMatch(f -> f.ruleId().equals("A1") && f.severity() == Severity.REJECT
                && "自然人".equals(f.location().columnLabel()) && f.reported().signum() == 0
                && f.computed().compareTo(BigDecimal.valueOf(2)) == 0));
        Document stored = mongo.getDatabase(database).getCollection("verdicts").find(Filters.eq("_id", submitted.submissionId())).first();
        assertEquals("REJECTED", stored.getString("verdict"));
        assertTrue(stored.getBoolean("published"));
        assertEquals(1, mongo.getDatabase(database).getCollection("reports").countDocuments(Filters.eq("agencyId", submitted.agencyId())));
    }

    @Test
    void parseFailureBecomesRejectionWithTheParsersReason() {
        ReportSubmitted submitted = submitted("agency-" + UUID.randomUUID(), Instant.now(), false);
        ParseFailure failure = new ParseFailure(ParseFailureCode.ENCRYPTED, "文件已加密，请上传未加密的文件。", "The file is encrypted.");

        kafka.send(Topics.PARSED, submitted.agencyId(), EventCodec.toJson(ReportParsed.failure(submitted, failure, Instant.now())));

        ReportValidated validated = EventCodec.fromJson(kafka.read(Topics.VALIDATED, r -> submitted.agencyId().equals(r.key()), 1,
                Duration.ofSeconds(30), Duration.ZERO).get(0).value(), ReportValidated.class);
        assertEquals(Verdict.REJECTED, validated.verdict());
        assertTrue(validated.findings().get(0).messageZh().contains("加密"), validated.findings().toString());
    }

    @Test
    void correctionSupersedesEarlierVersionWithoutLosingIt() {
        String agency = "agency-" + UUID.randomUUID();
        Instant first = Instant.parse("2024-01-10T08:00:00Z");
        ReportSubmitted original = submitted(agency, first, false);
        ReportSubmitted correction = submitted(agency, first.plusSeconds(3600), false);

        // The correction arrives first: the older version must still not become current afterwards.
        kafka.send(Topics.PARSED, agency, EventCodec.toJson(ReportParsed.success(correction, reportWithNewNaturalPersons(0), Instant.now())));
        kafka.send(Topics.PARSED, agency, EventCodec.toJson(ReportParsed.success(original, reportWithNewNaturalPersons(2), Instant.now())));

        kafka.read(Topics.VALIDATED, r -> agency.equals(r.key()), 2, Duration.ofSeconds(30), Duration.ZERO);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertEquals(2, reports.versions(agency, 2023).size()));
        assertEquals(correction.submissionId(), reports.currentSubmissionId(agency, 2023).orElseThrow());
    }

    @Test
    void dryRunIsValidatedButNeverStoredAsAVersion() {
        ReportSubmitted submitted = submitted("agency-" + UUID.randomUUID(), Instant.now(), true);

        kafka.send(Topics.PARSED, submitted.agencyId(), EventCodec.toJson(ReportParsed.success(submitted, reportWithNewNaturalPersons(0), Instant.now())));

        ReportValidated validated = EventCodec.fromJson(kafka.read(Topics.VALIDATED, r -> submitted.agencyId().equals(r.key()), 1,
                Duration.ofSeconds(30), Duration.ZERO).get(0).value(), ReportValidated.class);
        assertTrue(validated.submission().dryRun());
        assertTrue(reports.versions(submitted.agencyId(), 2023).isEmpty());
        assertFalse(reports.currentSubmissionId(submitted.agencyId(), 2023).isPresent());
    }

    @Test
    void crawledReportAlteredSinceTheCrawlerFirstSawItIsFlaggedP3() {
        String agency = "agency-" + UUID.randomUUID();
        ReportSubmitted first = new ReportSubmitted(UUID.randomUUID().toString(), agency, SubmissionSource.CRAWL, "nb.html",
                "text/html", 100, "11".repeat(32), new StoredFileRef("submissions", "0"), false,
                "http://127.0.0.1/zfxxgknb/t1.html", null, Instant.now());
        ReportSubmitted edited = new ReportSubmitted(UUID.randomUUID().toString(), agency, SubmissionSource.CRAWL, "nb.html",
                "text/html", 100, "22".repeat(32), new StoredFileRef("submissions", "0"), false,
                "http://127.0.0.1/zfxxgknb/t1.html", null, Instant.now());
        // The crawler's ledger, as intake keeps it: two versions seen at one address.
        mongo.getDatabase(database).getCollection("crawl_documents").insertOne(new Document("_id", agency + " http://127.0.0.1/zfxxgknb/t1.html")
                .append("agencyId", agency).append("url", "http://127.0.0.1/zfxxgknb/t1.html")
                .append("firstSeenAt", java.util.Date.from(Instant.parse("2024-01-12T02:00:00Z")))
                .append("versions", List.of(
                        new Document("sha256", first.sha256()).append("submissionId", first.submissionId()),
                        new Document("sha256", edited.sha256()).append("submissionId", edited.submissionId()))));

        kafka.send(Topics.PARSED, agency, EventCodec.toJson(ReportParsed.success(first, reportWithNewNaturalPersons(0), Instant.now())));
        kafka.send(Topics.PARSED, agency, EventCodec.toJson(ReportParsed.success(edited, reportWithNewNaturalPersons(0), Instant.now())));

        List<ReportValidated> verdicts = kafka.read(Topics.VALIDATED, r -> agency.equals(r.key()), 2, Duration.ofSeconds(30), Duration.ZERO)
                .stream().map(r -> EventCodec.fromJson(r.value(), ReportValidated.class)).toList();
        assertEquals(2, verdicts.size());
        for (ReportValidated v : verdicts) {
            boolean p3 = v.findings().stream().anyMatch(f -> f.ruleId().equals("P3"));
            assertEquals(v.submission().submissionId().equals(edited.submissionId()), p3, "P3 only on the altered version");
        }
    }

    /** A V30 table 三 that adds up except that 自然人 received {@code newNatural} applications and handled none. */
    private static AnnualReport reportWithNewNaturalPersons(int newNatural) {
        List<ApplicationTable.ApplicationCell> cells = new ArrayList<>();
        for (ApplicationRow row : ApplicationRow.rowsOf(TemplateVersion.V30)) {
            for (ApplicantColumn column : ApplicantColumn.values()) {
                boolean counted = row == ApplicationRow.NEW_RECEIVED
                        && (column == ApplicantColumn.NATURAL_PERSON || column == ApplicantColumn.TOTAL);
                int value = counted ? newNatural : 0;
                cells.add(new ApplicationTable.ApplicationCell(row, column,
                        new Cell("三", row.label(), column.label(), Integer.toString(value), CellKind.INTEGER, BigDecimal.valueOf(value))));
            }
        }
        ReportMetadata metadata = new ReportMetadata("某局2023年政府信息公开工作年度报告", "某局", null, null, 2023, null,
                FormatNotice.GUOBAN_2021_30, TemplateVersion.V30, null, null, null, null);
        return new AnnualReport(metadata, List.of(), null, new ApplicationTable(cells), null, List.of());
    }

    private static ReportSubmitted submitted(String agency, Instant at, boolean dryRun) {
        return new ReportSubmitted(UUID.randomUUID().toString(), agency, SubmissionSource.PORTAL, "r.docx",
                "application/pdf", 100, UUID.randomUUID().toString().replace("-", ""),
                new StoredFileRef("submissions", "0"), dryRun, null, null, at);
    }

    @Test
    void healthReportsKafkaAndMongoReady() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems(
                        containsString("MongoDB"),
                        containsString("Reactive Messaging")));
    }
}
