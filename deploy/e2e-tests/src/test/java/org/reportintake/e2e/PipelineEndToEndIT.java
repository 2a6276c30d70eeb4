package org.reportintake.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.reportintake.infra.LocalInfra;
import org.reportintake.infra.MailText;
import org.reportintake.infra.PipelineService;
import org.reportintake.infra.PipelineServices;
import org.reportintake.infra.ProcessMemory;
import org.reportintake.infra.ServiceProcess;

import com.fasterxml.jackson.databind.JsonNode;

import jakarta.mail.internet.MimeMessage;

/**
 * Two seed reports through the real pipeline: upload over HTTP, four service JVMs, Kafka, MongoDB, SMTP.
 * The methods run in order: the second one also proves that the first (accepted) report sent no mail, and the
 * third, which restarts the validator, must not disturb the first two.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PipelineEndToEndIT {

    private static final String ADMIN_TOKEN = "e2e-admin-token";
    private static final Duration VERDICT_TIMEOUT = Duration.ofSeconds(60);
    private static final Set<String> FINAL_STATUSES = Set.of("ACCEPTED", "REJECTED", "NEEDS_REVIEW", "LEGACY");

    private static LocalInfra infra;
    private static PipelineServices services;
    private static IntakeClient intake;
    private static String acceptedSubmissionId;

    @BeforeAll
    static void startPipeline() {
        long started = System.nanoTime();
        infra = LocalInfra.startForTests();
        services = PipelineServices.start(Seeds.repoRoot(), infra, PipelineServices.freePorts(), ADMIN_TOKEN,
                infra.workDir().resolve("services"));
        System.out.printf("Pipeline ready in %d ms (Kafka broker %d ms, RSS %d MB)%n",
                Duration.ofNanos(System.nanoTime() - started).toMillis(), infra.kafka().lastStartup().toMillis(),
                ProcessMemory.rssMegabytes(infra.kafka().pid()));
        for (ServiceProcess service : services.all()) {
            System.out.printf("  %s ready in %d ms, RSS %d MB, log %s%n", service.name(),
                    service.lastStartup().toMillis(), ProcessMemory.rssMegabytes(service.pid()), service.logFile());
        }
        intake = new IntakeClient(services.get(PipelineService.INTAKE).baseUrl(), ADMIN_TOKEN);
    }

    @AfterAll
    static void stopPipeline() {
        if (services != null) {
            services.close();
        }
        if (infra != null) {
            infra.close();
        }
    }

    @Test
    @Order(1)
    void consistentReportIsAccepted() throws Exception {
        acceptedSubmissionId = intake.submit(Seeds.CONSISTENT);

        JsonNode submission = awaitVerdict(acceptedSubmissionId);

        assertEquals("ACCEPTED", submission.path("status").asText(), submission.toPrettyString());
    }

    @Test
    @Order(2)
    void reportWithWrongTotalIsRejectedWithAnA1FindingAndMailedOnce() throws Exception {
        String id = intake.submit(Seeds.WRONG_TOTAL);

        JsonNode submission = awaitVerdict(id);

        assertEquals("REJECTED", submission.path("status").asText(), submission.toPrettyString());
        JsonNode a1 = findA1(submission.path("findings"), "自然人");
        assertTrue(a1 != null, "no A1 finding for the column 自然人: " + submission.toPrettyString());
        assertTrue(findA1(submission.path("findings"), "总计") != null,
                "no A1 finding for the column 总计: " + submission.toPrettyString());

        List<MimeMessage> mail = infra.mail().awaitMessages(1, Duration.ofSeconds(30));
        // The notifier reads both verdicts from one partition (same agency key) in order, so by now it has also
        // handled the accepted report; the pause catches a duplicate notice for the rejected one.
        Thread.sleep(3000);
        mail = infra.mail().receivedMessages();
        assertEquals(1, mail.size(), "expected exactly one notice, got " + subjects(mail));
        String text = MailText.of(mail.get(0));
        assertTrue(text.contains(id), "the notice does not name submission " + id + ":\n" + text);
        assertFalse(acceptedSubmissionId != null && text.contains(acceptedSubmissionId),
                "the accepted report was mailed:\n" + text);
        assertTrue(text.contains("A1"), "the notice does not name rule A1:\n" + text);
        assertTrue(text.contains("自然人") && text.contains("总计"), "the notice does not name the columns:\n" + text);
        assertTrue(text.contains(a1.path("reported").asText()) && text.contains(a1.path("computed").asText()),
                "the notice does not give the reported and computed values " + a1 + ":\n" + text);
    }

    @Test
    @Order(3)
    void reportSubmittedWhileTheValidatorIsDownIsJudgedAfterItsRestart() throws Exception {
        ServiceProcess validator = services.get(PipelineService.VALIDATOR);
        // A graceful stop leaves the consumer group at once; after kill -9 the restarted validator would wait for
        // the dead member's session to expire (45 s), which belongs in a dedicated fault test.
        validator.stop();
        // One more line break: a new file for intake's duplicate check, the same tables for the rules.
        byte[] content = IntakeClient.read(Seeds.CONSISTENT);
        byte[] changed = Arrays.copyOf(content, content.length + 1);
        changed[content.length] = '\n';

        String id = intake.submit("resubmitted.txt", changed);
        Thread.sleep(3000);
        String whileDown = intake.get(id).path("status").asText();
        validator.start();
        JsonNode submission = awaitVerdict(id);

        assertFalse(FINAL_STATUSES.contains(whileDown),
                "a verdict arrived while the validator was down: " + whileDown);
        assertEquals("ACCEPTED", submission.path("status").asText(), submission.toPrettyString());
    }

    @Test
    @Order(4)
    void scannedReportGoesToReviewAndAReportFor2018IsHistoricalEachWithOneReceiptAndNoRejection() throws Exception {
        int before = infra.mail().receivedMessages().size();
        String scanned = intake.submit("扫描件.pdf", HostileFiles.imageOnlyPdf());
        // Seed 003 moved to 2018: tables in the current format, but a year the current rules do not cover.
        String text = new String(IntakeClient.read(Seeds.CONSISTENT), StandardCharsets.UTF_8)
                .replace("2023", "2018").replace("2024", "2019");
        String historical = intake.submit("2018年度报告.txt", text.getBytes(StandardCharsets.UTF_8));

        JsonNode review = awaitVerdict(scanned);
        JsonNode legacy = awaitVerdict(historical);

        assertEquals("NEEDS_REVIEW", review.path("status").asText(), review.toPrettyString());
        assertEquals("LEGACY", legacy.path("status").asText(), legacy.toPrettyString());
        assertTrue(review.toString().contains("IMAGE_ONLY"), "the review names the reason: " + review);
        // Both verdicts are for the same agency, so the notifier handles them in order on one partition: once the
        // second receipt is in, the first verdict is done too, and any second notice for it would already be here.
        List<MimeMessage> mail = infra.mail().awaitMessages(before + 2, Duration.ofSeconds(60));
        List<MimeMessage> ours = mail.subList(before, mail.size());
        assertEquals(2, ours.size(), "expected one receipt each, got " + subjects(ours));
        String reviewText = textFor(ours, scanned);
        String legacyText = textFor(ours, historical);
        assertTrue(reviewText.contains("待人工复核"), reviewText);
        assertTrue(legacyText.contains("历史格式年报（2018年及以前），不适用现行格式校验"), legacyText);
        for (String subject : subjects(ours)) {
            assertFalse(subject.contains("需更正") || subject.contains("未通过"), "a rejection was sent: " + subject);
        }
    }

    private static String textFor(List<MimeMessage> messages, String submissionId) throws Exception {
        List<String> texts = new ArrayList<>();
        for (MimeMessage message : messages) {
            String text = MailText.of(message);
            if (text.contains(submissionId)) {
                texts.add(text);
            }
        }
        assertEquals(1, texts.size(), "notices naming " + submissionId + ": " + texts);
        return texts.get(0);
    }

    private static JsonNode awaitVerdict(String id) throws Exception {
        long deadline = System.nanoTime() + VERDICT_TIMEOUT.toNanos();
        JsonNode submission = intake.get(id);
        while (System.nanoTime() < deadline) {
            String status = submission.path("status").asText();
            if (FINAL_STATUSES.contains(status)) {
                return submission;
            }
            Thread.sleep(250);
            submission = intake.get(id);
        }
        StringBuilder logs = new StringBuilder();
        for (ServiceProcess service : services.all()) {
            logs.append("\n--- ").append(service.name()).append(" ---\n").append(service.logTail(30));
        }
        throw new AssertionError("no verdict within " + VERDICT_TIMEOUT + " for " + id + ": "
                + submission.toPrettyString() + logs);
    }

    private static JsonNode findA1(JsonNode findings, String columnLabel) {
        for (JsonNode finding : findings) {
            if ("A1".equals(finding.path("ruleId").asText())
                    && columnLabel.equals(finding.path("location").path("columnLabel").asText())) {
                return finding;
            }
        }
        return null;
    }

    private static List<String> subjects(List<MimeMessage> messages) throws Exception {
        List<String> subjects = new ArrayList<>();
        for (MimeMessage message : messages) {
            subjects.add(message.getSubject());
        }
        return subjects;
    }
}
