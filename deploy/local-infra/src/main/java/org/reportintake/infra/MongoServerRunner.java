package org.reportintake.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.ServerVersion;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * A MongoDB wire-protocol server (mongo-java-server) on 127.0.0.1 inside this JVM. No real mongod can be installed
 * on the development machines; production uses real MongoDB. In memory for tests, an H2 file for the local run.
 */
public final class MongoServerRunner implements AutoCloseable {

    /**
     * Set to true to run without the oplog (the services use no change streams): a load run writes every document
     * and GridFS chunk a second time into the oplog otherwise, which only grows this JVM's heap.
     */
    public static final String NO_OPLOG_PROPERTY = "reportintake.mongo.no-oplog";

    private final MongoServer server;
    private final String description;
    private int port;

    private MongoServerRunner(MongoBackend backend, String description) {
        // MONGO_5_0 makes the driver use the current wire protocol; the oplog enables change streams.
        backend.version(ServerVersion.MONGO_5_0);
        this.server = new MongoServer(backend);
        if (!Boolean.getBoolean(NO_OPLOG_PROPERTY)) {
            this.server.enableOplog();
        }
        this.description = description;
    }

    public static MongoServerRunner inMemory() {
        return new MongoServerRunner(new MemoryBackend(), "in memory");
    }

    /** Data in one H2 MVStore file; it survives a restart as long as {@link #close()} runs (e.g. a shutdown hook). */
    public static MongoServerRunner onDisk(Path storeFile) {
        try {
            Files.createDirectories(storeFile.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new MongoServerRunner(new H2Backend(storeFile.toAbsolutePath().toString()), "H2 file " + storeFile);
    }

    /** Binds to 127.0.0.1 on the given port (0 for a free one). */
    public MongoServerRunner start(int requestedPort) {
        server.bind(Loopback.HOST, requestedPort);
        port = server.getLocalAddress().getPort();
        return this;
    }

    public int port() {
        return port;
    }

    public String connectionString() {
        return "mongodb://" + Loopback.HOST + ":" + port;
    }

    /** Closes the connections and the backend, which flushes the H2 file. */
    @Override
    public void close() {
        server.shutdownNow();
    }

    @Override
    public String toString() {
        return "MongoDB-compatible server at " + connectionString() + " (" + description + ")";
    }
}
