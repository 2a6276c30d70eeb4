package org.reportintake.infra;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;

class MongoServerRunnerTest {

    @TempDir
    Path dir;

    @Test
    void h2StoreSurvivesRestart() {
        Path store = dir.resolve("mongo").resolve("store.mv");
        try (MongoServerRunner first = MongoServerRunner.onDisk(store).start(0);
                MongoClient client = MongoClients.create(first.connectionString())) {
            reports(client).insertOne(new Document("_id", "r-1").append("agency", "demo"));
        }

        try (MongoServerRunner second = MongoServerRunner.onDisk(store).start(0);
                MongoClient client = MongoClients.create(second.connectionString())) {
            Document found = reports(client).find(new Document("_id", "r-1")).first();
            assertNotNull(found, "the document written before the restart is gone");
            assertEquals("demo", found.getString("agency"));
        }
    }

    @Test
    void inMemoryServerRoundTripsAGridFsFile() {
        byte[] content = "政府信息公开工作年度报告".getBytes(StandardCharsets.UTF_8);
        try (MongoServerRunner server = MongoServerRunner.inMemory().start(0);
                MongoClient client = MongoClients.create(server.connectionString())) {
            assertTrue(server.connectionString().startsWith("mongodb://127.0.0.1:"));
            GridFSBucket bucket = GridFSBuckets.create(client.getDatabase("report_intake"), "uploads");

            ObjectId id = bucket.uploadFromStream("report.txt", new ByteArrayInputStream(content));
            ByteArrayOutputStream downloaded = new ByteArrayOutputStream();
            bucket.downloadToStream(id, downloaded);

            assertArrayEquals(content, downloaded.toByteArray());
        }
    }

    private static MongoCollection<Document> reports(MongoClient client) {
        return client.getDatabase("report_intake").getCollection("reports");
    }
}
