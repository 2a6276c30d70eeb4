package org.reportintake.intake.submission;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.enterprise.context.ApplicationScoped;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.reportintake.model.event.StoredFileRef;

import com.mongodb.client.MongoClient;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;

/** Submitted documents in GridFS; events carry only the reference. */
@ApplicationScoped
public class FileStore {

    static final String BUCKET = "submissions";

    private final GridFSBucket bucket;

    public FileStore(MongoClient client, @ConfigProperty(name = "quarkus.mongodb.database") String database) {
        this.bucket = GridFSBuckets.create(client.getDatabase(database), BUCKET);
    }

    public StoredFileRef store(Path file, String fileName, String mediaType, String sha256) throws IOException {
        GridFSUploadOptions options = new GridFSUploadOptions()
                .metadata(new Document("mediaType", mediaType).append("sha256", sha256));
        try (InputStream in = Files.newInputStream(file)) {
            ObjectId id = bucket.uploadFromStream(fileName, in, options);
            return new StoredFileRef(BUCKET, id.toHexString());
        }
    }

    public void delete(StoredFileRef ref) {
        bucket.delete(new ObjectId(ref.fileId()));
    }
}
