package org.reportintake.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The environment contract the services rely on, checked against the real servers' addresses. */
class ServiceEnvironmentTest {

    @TempDir
    static Path dir;

    private static MongoServerRunner mongo;
    private static MailServer mail;

    @BeforeAll
    static void startServers() {
        mongo = MongoServerRunner.inMemory().start(0);
        mail = new MailServer(FreePort.pick(), -1).start();
    }

    @AfterAll
    static void stopServers() {
        mongo.close();
        mail.close();
    }

    @Test
    void everyServiceGetsPortKafkaAndMongo() {
        for (PipelineService service : PipelineService.values()) {
            Map<String, String> env = ServiceEnvironment.of(service, 18080, infra(), "token", "http://127.0.0.1:18080");

            assertEquals("18080", env.get("QUARKUS_HTTP_PORT"));
            assertEquals("127.0.0.1:9", env.get("KAFKA_BOOTSTRAP_SERVERS"));
            assertEquals(mongo.connectionString(), env.get("QUARKUS_MONGODB_CONNECTION_STRING"));
            assertEquals("report_intake", env.get("QUARKUS_MONGODB_DATABASE"));
        }
    }

    @Test
    void onlyIntakeGetsTheAdminToken() {
        assertEquals("token", ServiceEnvironment.of(PipelineService.INTAKE, 1, infra(), "token", "u")
                .get("INTAKE_ADMIN_TOKEN"));
        assertFalse(ServiceEnvironment.of(PipelineService.NOTIFIER, 1, infra(), "token", "u")
                .containsKey("INTAKE_ADMIN_TOKEN"));
    }

    @Test
    void localRunSeedsIntakesDemoDirectoryAndAccounts() {
        assertEquals("true", ServiceEnvironment.of(PipelineService.INTAKE, 1, infra(), "token", "u").get("INTAKE_SEED_DEMO"));
    }

    @Test
    void validatorReadApiAnswersToTheSameAdminToken() {
        assertEquals("token", ServiceEnvironment.of(PipelineService.VALIDATOR, 1, infra(), "token", "u")
                .get("VALIDATOR_API_TOKEN"));
        assertFalse(ServiceEnvironment.of(PipelineService.INTAKE, 1, infra(), "token", "u")
                .containsKey("VALIDATOR_API_TOKEN"));
    }

    @Test
    void notifierSendsRealMailToTheLocalSmtpServer() {
        Map<String, String> env = ServiceEnvironment.of(PipelineService.NOTIFIER, 1, infra(), "token",
                "http://127.0.0.1:8080");

        assertEquals("127.0.0.1", env.get("QUARKUS_MAILER_HOST"));
        assertEquals(Integer.toString(mail.smtpPort()), env.get("QUARKUS_MAILER_PORT"));
        assertEquals("false", env.get("QUARKUS_MAILER_MOCK"));
        assertEquals("false", env.get("QUARKUS_MAILER_TLS"));
        assertEquals("report-intake@localhost", env.get("QUARKUS_MAILER_FROM"));
        assertEquals("agency@localhost", env.get("NOTIFIER_FALLBACK_RECIPIENT"));
        assertTrue(env.get("NOTIFIER_PORTAL_URL").startsWith("http://127.0.0.1:"));
    }

    @Test
    void localRunUsesPorts8080To8083() {
        assertEquals(Map.of(PipelineService.INTAKE, 8080, PipelineService.PARSER, 8081,
                PipelineService.VALIDATOR, 8082, PipelineService.NOTIFIER, 8083), PipelineServices.localPorts());
    }

    /** The broker is not needed for the contract: an unstarted one on a dummy port gives its address. */
    private static LocalInfra infra() {
        return LocalInfra.of(new KafkaBroker(dir.resolve("kafka"), 9, 10), mongo, mail);
    }
}
