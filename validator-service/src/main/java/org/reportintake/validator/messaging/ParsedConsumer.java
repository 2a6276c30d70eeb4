package org.reportintake.validator.messaging;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.reportintake.model.event.EventCodec;
import org.reportintake.model.event.ReportParsed;
import org.reportintake.model.event.ReportValidated;
import org.reportintake.model.event.Topics;
import org.reportintake.model.retry.TransientRetry;
import org.reportintake.validator.store.VerdictRepository;
import org.reportintake.validator.store.VerdictRepository.StoredVerdict;
import org.reportintake.validator.ValidationService;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;

import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.annotations.Blocking;

/**
 * Validates each parsed report once. The verdict is stored before it is published and marked published after the
 * broker's acknowledgement; a redelivered ReportParsed finds the stored verdict and publishes nothing new (or, if the
 * first attempt died before publishing, publishes the stored verdict unchanged).
 */
@ApplicationScoped
public class ParsedConsumer {

    private static final Logger LOG = Logger.getLogger(ParsedConsumer.class);
    /** A dropped or unreachable MongoDB (e.g. its restart) is waited out, not dead-lettered. */
    private static final TransientRetry MONGO_OUTAGE = new TransientRetry(
            e -> e instanceof MongoSocketException || e instanceof MongoTimeoutException, 5, Duration.ofSeconds(1));
    private static final String SOURCE = "/report-intake/validator-service";

    private final ValidationService validation;
    private final VerdictRepository verdicts;
    private final MutinyEmitter<String> validated;
    private final Lock[] turns = new Lock[64];

    public ParsedConsumer(ValidationService validation, VerdictRepository verdicts,
            @Channel("validated") MutinyEmitter<String> validated) {
        this.validation = validation;
        this.verdicts = verdicts;
        this.validated = validated;
        for (int i = 0; i < turns.length; i++) {
            turns[i] = new ReentrantLock();
        }
    }

    @Incoming("parsed")
    // Unordered on a bounded pool: each submission is independent (stored and published by its own id), so records
    // of one partition need not wait for each other; the throttled commit still commits offsets in order.
    @Blocking(value = "validate-workers", ordered = false)
    public void onParsed(String payload) throws Exception {
        ReportParsed parsed = EventCodec.fromJson(payload, ReportParsed.class);
        MONGO_OUTAGE.run(() -> handle(parsed));
    }

    /**
     * Duplicates of one submission (a redelivery), now handled concurrently because records are unordered, take turns:
     * the second finds the first one's published verdict instead of publishing another.
     */
    private void handle(ReportParsed parsed) {
        String submissionId = parsed.submission().submissionId();
        Lock turn = turns[Math.floorMod(submissionId.hashCode(), turns.length)];
        turn.lock();
        try {
            handleInTurn(parsed, submissionId);
        } finally {
            turn.unlock();
        }
    }

    private void handleInTurn(ReportParsed parsed, String submissionId) {
        Optional<StoredVerdict> stored = verdicts.find(submissionId);
        if (stored.isPresent() && stored.get().published()) {
            LOG.infof("Submission %s: verdict already published, redelivery ignored", submissionId);
            return;
        }
        ReportValidated event = stored.map(StoredVerdict::event).orElseGet(() -> validation.validateAndStore(parsed));
        publish(event);
    }

    private void publish(ReportValidated event) {
        String submissionId = event.submission().submissionId();
        validated.sendMessage(CloudEventMessages.of(submissionId + ":validated", Topics.TYPE_VALIDATED, SOURCE,
                event.submission().agencyId(), EventCodec.toJson(event), event.validatedAt()))
                .await().atMost(Duration.ofSeconds(60));
        verdicts.markPublished(submissionId);
        LOG.infof("Submission %s: %s with %d finding(s)", submissionId, event.verdict(), event.findings().size());
    }
}
