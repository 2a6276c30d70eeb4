package org.reportintake.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

/** The yardstick of the other tests: property keys to environment names, and topics, from the real files. */
class ServiceConfigTest {

    @Test
    void environmentNamesFollowMicroProfileConfig() {
        assertEquals("QUARKUS_MAILER_START_TLS", ServiceConfig.envName("quarkus.mailer.start-tls"));
        assertEquals("KAFKA_BOOTSTRAP_SERVERS", ServiceConfig.envName("kafka.bootstrap.servers"));
        assertEquals("MP_MESSAGING_INCOMING_VALIDATED_DEAD_LETTER_QUEUE_TOPIC",
                ServiceConfig.envName("mp.messaging.incoming.validated.dead-letter-queue.topic"));
        assertEquals("_PROD_QUARKUS_HTTP_PORT", ServiceConfig.envName("%prod.quarkus.http.port"));
    }

    @Test
    void eachServiceReadsItsOwnVariablesOnly() {
        assertTrue(ServiceConfig.INTAKE.readableEnv().containsKey("INTAKE_ADMIN_TOKEN"));
        assertTrue(ServiceConfig.INTAKE.readableEnv().containsKey("INTAKE_MAX_UPLOAD_BYTES"));
        assertFalse(ServiceConfig.PARSER.readableEnv().containsKey("INTAKE_ADMIN_TOKEN"));
        assertTrue(ServiceConfig.PARSER.readableEnv().keySet().containsAll(
                Set.of("PARSER_MAX_BYTES", "PARSER_TIMEOUT", "PARSER_MAX_PAGES")));
        assertTrue(ServiceConfig.NOTIFIER.readableEnv().keySet().containsAll(Set.of("QUARKUS_MAILER_HOST",
                "QUARKUS_MAILER_PASSWORD", "NOTIFIER_FALLBACK_RECIPIENT", "NOTIFIER_PORTAL_URL")));
        assertFalse(ServiceConfig.NOTIFIER.readableEnv().containsKey("QUARKUS_MAILER_HOSTNAME"), "a typo");
        assertFalse(ServiceConfig.VALIDATOR.readableEnv().containsKey("QUARKUS_MAILER_HOST"));
        for (ServiceConfig s : ServiceConfig.values()) {
            assertTrue(s.readableEnv().keySet().containsAll(Set.of("QUARKUS_HTTP_HOST", "QUARKUS_HTTP_PORT",
                    "KAFKA_BOOTSTRAP_SERVERS", "QUARKUS_MONGODB_CONNECTION_STRING", "QUARKUS_MONGODB_DATABASE")),
                    s.appName);
        }
    }

    @Test
    void topicsComeFromTheMessagingConfiguration() {
        assertEquals(Set.of("report.submitted", "report.parsed", "report.validated"), ServiceConfig.mainTopics());
        assertEquals(Set.of("report.submitted", "report.parsed", "report.validated",
                "report.submitted.dlq.parser", "report.parsed.dlq.validator", "report.validated.dlq.notifier",
                "report.validated.dlq.intake"), Set.copyOf(ServiceConfig.allTopics()));
    }
}
