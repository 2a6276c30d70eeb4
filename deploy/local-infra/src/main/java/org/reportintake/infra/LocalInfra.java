package org.reportintake.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The three servers the services need, all real and all on 127.0.0.1: a Kafka broker (own JVM), a MongoDB-compatible
 * server and an SMTP server (both in this JVM). One implementation for the tests and for the local run.
 */
public final class LocalInfra implements AutoCloseable {

    public static final int LOCAL_KAFKA_PORT = 9092;
    public static final int LOCAL_KAFKA_CONTROLLER_PORT = 9093;
    public static final int LOCAL_MONGO_PORT = 27017;
    public static final int LOCAL_SMTP_PORT = 3025;
    public static final int LOCAL_MAIL_INBOX_PORT = 8025;

    private final Path workDir;
    private final boolean deleteOnClose;
    private final KafkaBroker kafka;
    private MongoServerRunner mongo;
    /** The H2 file of an on-disk MongoDB, or null in memory: what a MongoDB restart reopens. */
    private Path mongoStore;
    private final MailServer mail;

    private LocalInfra(Path workDir, boolean deleteOnClose, KafkaBroker kafka, MongoServerRunner mongo,
            MailServer mail) {
        this.workDir = workDir;
        this.deleteOnClose = deleteOnClose;
        this.kafka = kafka;
        this.mongo = mongo;
        this.mail = mail;
    }

    /**
     * Free ports, in-memory MongoDB, a fresh broker directory. Under {@code target/} when run from a Maven module
     * (kept for reading the broker log after a failure, removed by {@code mvn clean}), otherwise in the temp dir
     * and deleted on close.
     */
    public static LocalInfra startForTests() {
        Path target = Path.of("target");
        boolean inTarget = Files.isDirectory(target);
        Path workDir = createTempDir(inTarget ? target : Path.of(System.getProperty("java.io.tmpdir")));
        KafkaBroker kafka = KafkaBroker.onFreePorts(workDir.resolve("kafka"));
        MongoServerRunner mongo = MongoServerRunner.inMemory();
        MailServer mail = new MailServer(FreePort.pick(), -1);
        return start(new LocalInfra(workDir, !inTarget, kafka, mongo, mail), 0);
    }

    /** Fixed local ports and data kept in {@code dataDir} across restarts: the local run. */
    public static LocalInfra startPersistent(Path dataDir) {
        Path workDir = dataDir.toAbsolutePath();
        KafkaBroker kafka = new KafkaBroker(workDir.resolve("kafka"), LOCAL_KAFKA_PORT, LOCAL_KAFKA_CONTROLLER_PORT);
        MongoServerRunner mongo = MongoServerRunner.onDisk(workDir.resolve("mongo").resolve("report-intake.mv"));
        MailServer mail = new MailServer(LOCAL_SMTP_PORT, LOCAL_MAIL_INBOX_PORT);
        return start(new LocalInfra(workDir, false, kafka, mongo, mail), LOCAL_MONGO_PORT);
    }

    /**
     * Free ports like the tests, but MongoDB on disk (H2 file under {@code dataDir}) so that {@link #restartMongo()}
     * keeps the data: fault runs, which must not collide with a local run on the fixed ports.
     */
    public static LocalInfra startPersistentOnFreePorts(Path dataDir) {
        Path workDir = dataDir.toAbsolutePath();
        Path store = workDir.resolve("mongo").resolve("report-intake.mv");
        KafkaBroker kafka = KafkaBroker.onFreePorts(workDir.resolve("kafka"));
        MailServer mail = new MailServer(FreePort.pick(), -1);
        LocalInfra infra = new LocalInfra(workDir, false, kafka, MongoServerRunner.onDisk(store), mail);
        infra.mongoStore = store;
        return start(infra, 0);
    }

    /**
     * Stops the MongoDB server (closing the H2 file) and starts it again on the same port from the same file; the
     * services' drivers reconnect. Only for an on-disk MongoDB started by {@link #startPersistentOnFreePorts}.
     */
    public synchronized void restartMongo(java.time.Duration down) throws InterruptedException {
        if (mongoStore == null) {
            throw new IllegalStateException("an in-memory MongoDB would lose its data on restart");
        }
        int port = mongo.port();
        mongo.close();
        Thread.sleep(down.toMillis());
        mongo = MongoServerRunner.onDisk(mongoStore).start(port);
    }

    /** Composes servers the caller started and owns (nothing is started or deleted here). */
    static LocalInfra of(KafkaBroker kafka, MongoServerRunner mongo, MailServer mail) {
        return new LocalInfra(null, false, kafka, mongo, mail);
    }

    private static LocalInfra start(LocalInfra infra, int mongoPort) {
        try {
            infra.mongo.start(mongoPort);
            infra.mail.start();
            infra.kafka.start();
            return infra;
        } catch (RuntimeException e) {
            infra.close();
            throw e;
        }
    }

    public KafkaBroker kafka() {
        return kafka;
    }

    public MongoServerRunner mongo() {
        return mongo;
    }

    public MailServer mail() {
        return mail;
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    public String mongoConnectionString() {
        return mongo.connectionString();
    }

    public Path workDir() {
        return workDir;
    }

    /** Stops all three, each even if another fails. */
    @Override
    public void close() {
        List<RuntimeException> failures = new ArrayList<>();
        for (AutoCloseable server : List.<AutoCloseable>of(kafka, mongo, mail)) {
            try {
                server.close();
            } catch (Exception e) {
                failures.add(new IllegalStateException("closing " + server + " failed", e));
            }
        }
        if (deleteOnClose) {
            deleteRecursively(workDir);
        }
        if (!failures.isEmpty()) {
            RuntimeException first = failures.get(0);
            failures.stream().skip(1).forEach(first::addSuppressed);
            throw first;
        }
    }

    private static Path createTempDir(Path parent) {
        try {
            return Files.createTempDirectory(parent.toAbsolutePath(), "local-infra-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // Best effort: it is a temp directory.
        }
    }

    @Override
    public String toString() {
        return kafka + ", " + mongo + ", " + mail;
    }
}
