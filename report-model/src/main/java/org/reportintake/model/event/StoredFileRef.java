package org.reportintake.model.event;

/**
 * Where the submitted bytes are stored. Events carry this reference, never the bytes.
 *
 * @param bucket the GridFS bucket name
 * @param fileId the GridFS file id (hex ObjectId)
 */
public record StoredFileRef(String bucket, String fileId) {
}
