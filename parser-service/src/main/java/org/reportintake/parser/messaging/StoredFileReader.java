package org.reportintake.parser.messaging;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.bson.types.ObjectId;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.reportintake.model.event.StoredFileRef;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.GridFSFindIterable;
import com.mongodb.client.gridfs.model.GridFSFile;
import com.mongodb.client.model.Filters;

/** Reads a submitted document from GridFS, refusing to load more than the parser may read. */
@ApplicationScoped
public class StoredFileReader {

    private final MongoDatabase database;

    public StoredFileReader(MongoClient client, @ConfigProperty(name = "quarkus.mongodb.database") String database) {
        this.database = client.getDatabase(database);
    }

    /** The stored document, as it is or as the outcome of a size check. */
    public sealed interface StoredFile permits Bytes, Missing, Oversized {
    }

    public record Bytes(byte[] content) implements StoredFile {
    }

    public record Missing() implements StoredFile {
    }

    public record Oversized(long size) implements StoredFile {
    }

    public StoredFile read(StoredFileRef ref, long maxBytes) throws IOException {
        if (ref == null || !ObjectId.isValid(ref.fileId())) {
            return new Missing();
        }
        var bucket = GridFSBuckets.create(database, ref.bucket());
        ObjectId id = new ObjectId(ref.fileId());
        GridFSFindIterable found = bucket.find(Filters.eq("_id", id));
        Optional<GridFSFile> file = Optional.ofNullable(found.first());
        if (file.isEmpty()) {
            return new Missing();
        }
        if (file.get().getLength() > maxBytes) {
            return new Oversized(file.get().getLength());
        }
        try (InputStream in = bucket.openDownloadStream(id)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream((int) file.get().getLength());
            in.transferTo(out);
            return new Bytes(out.toByteArray());
        }
    }
}
