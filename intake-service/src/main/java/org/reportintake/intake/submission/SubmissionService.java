package org.reportintake.intake.submission;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.reportintake.intake.messaging.OutboxRelay;
import org.reportintake.model.event.ReportSubmitted;
import org.reportintake.model.event.ReportValidated;
import org.reportintake.model.event.StoredFileRef;
import org.reportintake.model.event.SubmissionSource;

/** Receives documents: checks, stores, records, and leaves the event in the outbox for the relay. */
@ApplicationScoped
public class SubmissionService {

    private final SubmissionRepository repository;
    private final FileStore files;
    private final OutboxRelay relay;
    private final long maxUploadBytes;

    public SubmissionService(SubmissionRepository repository, FileStore files, OutboxRelay relay,
            @ConfigProperty(name = "intake.max-upload-bytes") long maxUploadBytes) {
        this.repository = repository;
        this.files = files;
        this.relay = relay;
        this.maxUploadBytes = maxUploadBytes;
    }

    /** What a new document turned into: a new submission, or the one already holding the same bytes. */
    public record Receipt(SubmissionRecord submission, boolean duplicate) {
    }

    public Receipt receive(NewDocument document) throws IOException {
        long size = Files.size(document.path());
        // An empty, unreadable or oversized file still becomes a submission: the parser gives the agency the reason.
        // Oversized bytes are not stored (no file reference); the event's size is what the parser rejects them for.
        boolean oversized = size > maxUploadBytes;
        String sha256 = sha256(document.path());
        String mediaType = MediaTypeSniffer.sniff(head(document.path()));
        String fileName = FileNames.sanitise(document.fileName());
        StoredFileRef ref = oversized ? null : files.store(document.path(), fileName, mediaType, sha256);
        ReportSubmitted event = new ReportSubmitted(UUID.randomUUID().toString(), document.agencyId(), document.source(),
                fileName, mediaType, size, sha256, ref, document.dryRun(), document.sourceUrl(), document.publishedOn(),
                Instant.now());
        Optional<SubmissionRecord> existing = repository.insertOrFindDuplicate(event);
        if (existing.isPresent()) {
            if (ref != null) {
                files.delete(ref);
            }
            return new Receipt(existing.get(), true);
        }
        relay.wakeUp();
        return new Receipt(new SubmissionRecord(event, SubmissionStatus.RECEIVED, null, List.of(), null), false);
    }

    public Optional<SubmissionRecord> find(String id) {
        return repository.findById(id);
    }

    public List<SubmissionRecord> findAll(Collection<String> ids) {
        return repository.findByIds(ids);
    }

    public List<SubmissionRecord> list(String agencyId) {
        return repository.findByAgency(agencyId, 200);
    }

    public void recordVerdict(ReportValidated validated) {
        repository.recordVerdict(validated);
    }

    /**
     * A document to receive.
     *
     * @param publishedOn publication date on the site, for crawled documents
     */
    public record NewDocument(Path path, String fileName, String agencyId, SubmissionSource source, boolean dryRun,
            String sourceUrl, java.time.LocalDate publishedOn) {
    }

    private static byte[] head(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return in.readNBytes(4096);
        }
    }

    private static String sha256(Path path) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(Files.newInputStream(path), digest)) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
