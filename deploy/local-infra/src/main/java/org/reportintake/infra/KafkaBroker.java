package org.reportintake.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.reportintake.infra.runtime.KafkaBrokerMain;

/**
 * A real Kafka broker (one KRaft node, broker and controller combined) in its own JVM on 127.0.0.1. Its data lives
 * in {@code workDir/data}, so {@link #stop()} or {@link #kill()} followed by {@link #start()} keeps the records.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);
    /** Small heap and C1 only: a test broker carries little load, and start-up time matters more than peak speed. */
    private static final List<String> JVM_OPTIONS = List.of(
            "-Xms64m", "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true",
            "-Dorg.slf4j.simpleLogger.showDateTime=true",
            "-Dorg.slf4j.simpleLogger.dateTimeFormat=yyyy-MM-dd'T'HH:mm:ss.SSS");

    private final Path workDir;
    private final int port;
    private final int controllerPort;
    private ChildProcess process;
    private Duration lastStartup = Duration.ZERO;

    public KafkaBroker(Path workDir, int port, int controllerPort) {
        this.workDir = workDir.toAbsolutePath();
        this.port = port;
        this.controllerPort = controllerPort;
    }

    /** A broker on free ports. */
    public static KafkaBroker onFreePorts(Path workDir) {
        return new KafkaBroker(workDir, FreePort.pick(), FreePort.pick());
    }

    /** Starts the broker and returns once an Admin client gets an answer to describeCluster. */
    public synchronized KafkaBroker start() {
        if (process != null && process.isAlive()) {
            return this;
        }
        long started = System.nanoTime();
        Path properties = writeServerProperties();
        List<String> command = ChildJvm.command(JVM_OPTIONS, ChildJvm.brokerClasspath(), KafkaBrokerMain.class.getName(),
                List.of(properties.toString(), clusterId()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
        process = ChildProcess.start("kafka-broker", builder, workDir.resolve("broker.log"));
        awaitReady();
        lastStartup = Duration.ofNanos(System.nanoTime() - started);
        return this;
    }

    /** SIGTERM: a controlled shutdown. */
    public synchronized void stop() {
        if (process != null) {
            process.stop(60);
            process = null;
        }
    }

    /** SIGKILL: a crash; the next {@link #start()} recovers the log directory. */
    public synchronized void kill() {
        if (process != null) {
            process.kill();
            process = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    public String bootstrapServers() {
        return Loopback.HOST + ":" + port;
    }

    public int port() {
        return port;
    }

    public synchronized long pid() {
        return process == null ? -1 : process.pid();
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** How long the last {@link #start()} took until the broker answered. */
    public Duration lastStartup() {
        return lastStartup;
    }

    public Path logFile() {
        return workDir.resolve("broker.log");
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "2000");
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "3000");
        config.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "200");
        // Kafka loads its plugin classes through the context class loader; inside a Quarkus test that is another
        // loader than the one holding this class, so pin it for the client's creation.
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(KafkaBroker.class.getClassLoader());
        try (Admin admin = Admin.create(config)) {
            thread.setContextClassLoader(previous);
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Kafka broker exited during start-up; log " + process.logFile()
                            + ":\n" + process.logTail(40));
                }
                try {
                    admin.describeCluster(new DescribeClusterOptions().timeoutMs(2000))
                            .clusterId().get(3, TimeUnit.SECONDS);
                    return;
                } catch (Exception notYet) {
                    sleep(100);
                }
            }
        } finally {
            thread.setContextClassLoader(previous);
        }
        String tail = process.logTail(40);
        process.kill();
        process = null;
        throw new IllegalStateException("Kafka broker not ready within " + READY_TIMEOUT + "; log:\n" + tail);
    }

    private Path writeServerProperties() {
        Properties server = new Properties();
        server.setProperty("process.roles", "broker,controller");
        server.setProperty("node.id", "1");
        server.setProperty("controller.quorum.voters", "1@" + Loopback.HOST + ":" + controllerPort);
        server.setProperty("listeners",
                "PLAINTEXT://" + Loopback.HOST + ":" + port + ",CONTROLLER://" + Loopback.HOST + ":" + controllerPort);
        server.setProperty("advertised.listeners", "PLAINTEXT://" + Loopback.HOST + ":" + port);
        server.setProperty("controller.listener.names", "CONTROLLER");
        server.setProperty("inter.broker.listener.name", "PLAINTEXT");
        server.setProperty("listener.security.protocol.map", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT");
        server.setProperty("log.dirs", workDir.resolve("data").toString());
        server.setProperty("num.partitions", "3");
        server.setProperty("auto.create.topics.enable", "true");
        server.setProperty("offsets.topic.replication.factor", "1");
        // Fewer internal partitions than the default 50: the first consumer group is ready sooner on a small machine.
        server.setProperty("offsets.topic.num.partitions", "5");
        server.setProperty("transaction.state.log.num.partitions", "5");
        server.setProperty("transaction.state.log.replication.factor", "1");
        server.setProperty("transaction.state.log.min.isr", "1");
        server.setProperty("share.coordinator.state.topic.replication.factor", "1");
        server.setProperty("share.coordinator.state.topic.min.isr", "1");
        server.setProperty("group.initial.rebalance.delay.ms", "0");
        // The default 128 MB dedupe buffer would take a third of the heap as soon as a compacted topic exists.
        server.setProperty("log.cleaner.dedupe.buffer.size", "8388608");
        server.setProperty("num.network.threads", "2");
        server.setProperty("num.io.threads", "2");
        try {
            Files.createDirectories(workDir);
            Path file = workDir.resolve("server.properties");
            try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                server.store(writer, "written by local-infra KafkaBroker");
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cluster id is kept next to the data so a restart formats nothing and finds the same cluster. */
    private String clusterId() {
        Path file = workDir.resolve("cluster.id");
        try {
            if (Files.exists(file)) {
                return Files.readString(file).trim();
            }
            String id = newClusterId();
            Files.writeString(file, id);
            return id;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Same shape as Kafka's Uuid.randomUuid(): 16 random bytes, URL-safe base64, never starting with '-'. */
    private static String newClusterId() {
        while (true) {
            UUID uuid = UUID.randomUUID();
            ByteBuffer bytes = ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits())
                    .putLong(uuid.getLeastSignificantBits());
            String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
            if (!id.startsWith("-")) {
                return id;
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the Kafka broker", e);
        }
    }

    @Override
    public String toString() {
        return "Kafka broker at " + bootstrapServers();
    }
}
