package org.reportintake.model.event;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A document was received (uploaded or crawled) and stored; published on {@link Topics#SUBMITTED}, keyed by agency id.
 *
 * @param submissionId  unique id of this submission
 * @param agencyId      the agency the report is for
 * @param source        PORTAL or CRAWL
 * @param fileName      original file name, already sanitised
 * @param mediaType     media type detected from the content (not the client's claim)
 * @param size          size in bytes
 * @param sha256        hex SHA-256 of the bytes
 * @param file          where the bytes are stored
 * @param dryRun        a pre-check: no official version is stored and no email is sent
 * @param sourceUrl     for crawled documents, the page or attachment URL; otherwise null
 * @param publishedOn   the publication date shown by the publishing site, if known; otherwise null
 * @param submittedAt   when intake accepted it
 */
public record ReportSubmitted(
        String submissionId,
        String agencyId,
        SubmissionSource source,
        String fileName,
        String mediaType,
        long size,
        String sha256,
        StoredFileRef file,
        boolean dryRun,
        String sourceUrl,
        LocalDate publishedOn,
        Instant submittedAt) {
}
