package org.reportintake.intake.crawl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.reportintake.intake.submission.SubmissionService;
import org.reportintake.model.event.SubmissionSource;

/**
 * Decides what a crawled document becomes: the same bytes as last time at this URL are not submitted again; new
 * bytes at a known URL are a new version, submitted and flagged {@code changedAfterFirstSeen}; a new URL is
 * submitted unless the agency already has a submission with the same bytes (then intake returns that one).
 */
@ApplicationScoped
public class CrawlDocumentService implements DocumentLedger {

    private static final Logger LOG = Logger.getLogger(CrawlDocumentService.class);

    private final CrawlDocumentRepository repository;
    private final SubmissionService submissions;

    public CrawlDocumentService(CrawlDocumentRepository repository, SubmissionService submissions) {
        this.repository = repository;
        this.submissions = submissions;
    }

    @Override
    public List<KnownDocument> knownForPage(String agencyId, String pageUrl) {
        return repository.findByPage(agencyId, pageUrl).stream().map(CrawlDocumentRepository.Entry::document).toList();
    }

    @Override
    public KnownDocument known(String agencyId, String url) {
        CrawlDocumentRepository.Entry entry = repository.find(agencyId, url);
        return entry == null ? null : entry.document();
    }

    @Override
    public CrawlRun.ReportResult accept(CrawledDocument doc) throws IOException {
        String sha256 = sha256(doc.bytes());
        Instant now = Instant.now();
        CrawlDocumentRepository.Entry entry = repository.find(doc.agencyId(), doc.url());
        if (entry != null && sha256.equals(entry.document().sha256())) {
            KnownDocument k = entry.document();
            KnownDocument updated = new KnownDocument(k.agencyId(), k.url(), k.pageUrl(), k.kind(), k.fileName(), k.sha256(),
                    doc.validators(), doc.pageValidators(), k.title(), k.publishedOn(), k.publisher(), k.submissionId(),
                    k.changedAfterFirstSeen(), k.previousSha256());
            repository.save(new CrawlDocumentRepository.Entry(updated, entry.firstSeenAt(), now, entry.lastChangedAt(), entry.versions()));
            return result(updated, CrawlRun.ReportOutcome.UNCHANGED);
        }
        SubmissionService.Receipt receipt = submit(doc);
        String submissionId = receipt.submission().id();
        boolean changed = entry != null;
        List<CrawlDocumentRepository.Version> versions = new ArrayList<>(entry == null ? List.of() : entry.versions());
        versions.add(new CrawlDocumentRepository.Version(sha256, submissionId, now));
        KnownDocument stored = new KnownDocument(doc.agencyId(), doc.url(), doc.pageUrl(), doc.kind(), doc.fileName(), sha256,
                doc.validators(), doc.pageValidators(), doc.title(), doc.publishedOn(), doc.publisher(), submissionId,
                changed || (entry != null && entry.document().changedAfterFirstSeen()),
                changed ? entry.document().sha256() : null);
        repository.save(new CrawlDocumentRepository.Entry(stored, entry == null ? now : entry.firstSeenAt(), now,
                changed ? now : null, versions));
        if (changed) {
            LOG.infof("Report at %s changed after it was first seen (%s -> %s): submitted again as %s", doc.url(),
                    entry.document().sha256(), sha256, submissionId);
        }
        if (!changed && receipt.duplicate()) {
            // The same bytes already reached intake for this agency (another URL, or an upload): nothing new was sent.
            return result(stored, CrawlRun.ReportOutcome.UNCHANGED);
        }
        return result(stored, changed ? CrawlRun.ReportOutcome.CHANGED : CrawlRun.ReportOutcome.NEW);
    }

    @Override
    public CrawlRun.ReportResult notModified(KnownDocument document, Validators validators) {
        CrawlDocumentRepository.Entry entry = repository.find(document.agencyId(), document.url());
        KnownDocument k = entry.document();
        KnownDocument updated = new KnownDocument(k.agencyId(), k.url(), k.pageUrl(), k.kind(), k.fileName(), k.sha256(),
                k.kind() == CrawledDocument.DocumentKind.PAGE ? validators : k.validators(),
                k.kind() == CrawledDocument.DocumentKind.PAGE ? validators : k.pageValidators(),
                k.title(), k.publishedOn(), k.publisher(), k.submissionId(), k.changedAfterFirstSeen(), k.previousSha256());
        repository.save(new CrawlDocumentRepository.Entry(updated, entry.firstSeenAt(), Instant.now(), entry.lastChangedAt(),
                entry.versions()));
        return result(updated, CrawlRun.ReportOutcome.UNCHANGED);
    }

    private SubmissionService.Receipt submit(CrawledDocument doc) throws IOException {
        Path file = Files.createTempFile("crawl-", ".bin");
        try {
            Files.write(file, doc.bytes());
            return submissions.receive(new SubmissionService.NewDocument(file, doc.fileName(),
                    doc.agencyId(), SubmissionSource.CRAWL, false, doc.url(), doc.publishedOn()));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static CrawlRun.ReportResult result(KnownDocument k, CrawlRun.ReportOutcome outcome) {
        return new CrawlRun.ReportResult(k.url(), k.pageUrl(), k.title(), k.publishedOn(), k.publisher(), outcome, k.sha256(),
                k.submissionId(), k.changedAfterFirstSeen(), k.previousSha256());
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
