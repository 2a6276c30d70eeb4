package org.reportintake.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaBrokerTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    static Path workDir;

    private static KafkaBroker broker;

    @BeforeAll
    static void startBroker() {
        broker = KafkaBroker.onFreePorts(workDir.resolve("kafka")).start();
        System.out.println("Kafka broker ready in " + broker.lastStartup().toMillis() + " ms, RSS "
                + ProcessMemory.rssMegabytes(broker.pid()) + " MB");
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Test
    void brokerRoundTripsARecordOnLoopback() throws Exception {
        assertTrue(broker.bootstrapServers().startsWith("127.0.0.1:"));

        KafkaRecords.send(broker.bootstrapServers(), "round-trip", "k", "hello");

        assertEquals(List.of("hello"), KafkaRecords.read(broker.bootstrapServers(), "round-trip", 1, WAIT));
    }

    @Test
    void brokerCreatesTopicsWithThreePartitions() throws Exception {
        KafkaRecords.send(broker.bootstrapServers(), "auto-created", "k", "v");

        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            TopicDescription topic = admin.describeTopics(List.of("auto-created")).allTopicNames()
                    .get(30, TimeUnit.SECONDS).get("auto-created");
            assertEquals(3, topic.partitions().size());
        }
    }

    @Test
    void brokerKeepsRecordsAcrossRestart() throws Exception {
        KafkaRecords.send(broker.bootstrapServers(), "survives-restart", "k", "before stop");

        broker.stop();
        assertFalse(broker.isRunning());
        broker.start();
        System.out.println("Kafka broker restarted in " + broker.lastStartup().toMillis() + " ms");

        assertEquals(List.of("before stop"), KafkaRecords.read(broker.bootstrapServers(), "survives-restart", 1, WAIT));
    }

    @Test
    void brokerRecoversItsRecordsAfterKill() throws Exception {
        KafkaRecords.send(broker.bootstrapServers(), "survives-kill", "k", "before kill");
        long killedPid = broker.pid();

        broker.kill();
        assertFalse(ProcessHandle.of(killedPid).map(ProcessHandle::isAlive).orElse(false));
        broker.start();

        assertNotEquals(killedPid, broker.pid());
        assertEquals(List.of("before kill"), KafkaRecords.read(broker.bootstrapServers(), "survives-kill", 1, WAIT));
    }

    /** A test JVM killed with -9 must not leave a broker behind holding its port. */
    @Test
    void brokerDiesWithItsParent() throws Exception {
        // Surefire's class path (a manifest-only jar) lets a second JVM run BrokerHolder with the same classes.
        ProcessBuilder builder = new ProcessBuilder(ChildJvm.javaExecutable(), "-cp",
                System.getProperty("java.class.path"), BrokerHolder.class.getName(),
                workDir.resolve("orphan-check").toString());
        builder.redirectError(ProcessBuilder.Redirect.INHERIT);
        Process parent = builder.start();
        long brokerPid;
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(parent.getInputStream(), StandardCharsets.UTF_8))) {
            brokerPid = Long.parseLong(out.readLine().trim());
        }
        ProcessHandle child = ProcessHandle.of(brokerPid).orElseThrow();
        assertTrue(child.isAlive());

        parent.destroyForcibly().waitFor(10, TimeUnit.SECONDS);

        Optional<ProcessHandle> gone = child.onExit().completeOnTimeout(null, 30, TimeUnit.SECONDS)
                .thenApply(Optional::ofNullable).get();
        assertTrue(gone.isPresent(), "broker " + brokerPid + " outlived its killed parent");
    }
}
