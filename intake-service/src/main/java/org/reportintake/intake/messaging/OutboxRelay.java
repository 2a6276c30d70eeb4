package org.reportintake.intake.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.jboss.logging.Logger;
import org.reportintake.intake.submission.SubmissionRepository;
import org.reportintake.model.event.EventCodec;
import org.reportintake.model.event.ReportSubmitted;
import org.reportintake.model.event.Topics;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.reactive.messaging.MutinyEmitter;

/**
 * Publishes the submissions' pending outbox entries to Kafka and marks each one sent only after the broker
 * acknowledged it. A crash between publish and mark republishes the same event (same CloudEvents id), which the
 * consumers treat as a redelivery; nothing is lost and nothing is processed twice.
 * <p>
 * While the broker is away, a send is only given up when the producer itself reports the record expired
 * ({@code delivery.timeout.ms}, shorter than {@code intake.outbox.send-timeout}); an expired record was never written,
 * so the retry on a later tick does not publish a second copy. Giving up earlier, while the first copy still waits in
 * the producer's buffer, would publish both once the broker is back.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final String SOURCE = "/report-intake/intake-service";
    /** Bounds one call: the scheduled tick picks up whatever is left. */
    private static final int MAX_PASSES = 50;

    private final SubmissionRepository repository;
    private final MutinyEmitter<String> emitter;
    private final int batchSize;
    private final Duration sendTimeout;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();

    public OutboxRelay(SubmissionRepository repository, @Channel("submitted") MutinyEmitter<String> emitter,
            @ConfigProperty(name = "intake.outbox.batch-size") int batchSize,
            @ConfigProperty(name = "intake.outbox.send-timeout", defaultValue = "45s") Duration sendTimeout) {
        this.repository = repository;
        this.emitter = emitter;
        this.batchSize = batchSize;
        this.sendTimeout = sendTimeout;
    }

    /** Called after an insert so that an upload is published at once, not at the next tick. */
    public void wakeUp() {
        Infrastructure.getDefaultWorkerPool().execute(this::relayPending);
    }

    @Scheduled(every = "${intake.outbox.interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        relayPending();
    }

    /**
     * Publishes pending entries oldest first; one relay pass at a time in this process. A wake-up that arrives while a
     * pass runs is not dropped: the running pass goes round again (otherwise that upload waited for the next tick).
     */
    public void relayPending() {
        if (!running.compareAndSet(false, true)) {
            again.set(true);
            return;
        }
        try {
            boolean more = true;
            for (int pass = 0; pass < MAX_PASSES && more; pass++) {
                again.set(false);
                more = relayBatch() || again.get();
            }
        } finally {
            running.set(false);
        }
        if (again.getAndSet(false)) {
            wakeUp(); // arrived between the last pass and releasing the flag
        }
    }

    /**
     * Sends the whole batch before waiting for the acknowledgements (the idempotent producer keeps their order per
     * partition), then marks each one sent or failed. Every send is awaited even after a failure: one given up on while
     * it may still be written would be published twice by the retry on a later tick. Returns whether the batch was full
     * and all of it was sent.
     */
    private boolean relayBatch() {
        List<ReportSubmitted> batch = repository.pendingOutbox(batchSize);
        List<CompletableFuture<Void>> sends = new ArrayList<>(batch.size());
        for (ReportSubmitted event : batch) {
            sends.add(emitter.sendMessage(CloudEventMessages.of(event.submissionId(), Topics.TYPE_SUBMITTED, SOURCE,
                    event.agencyId(), EventCodec.toJson(event), event.submittedAt()))
                    .subscribeAsCompletionStage());
        }
        boolean allSent = true;
        for (int i = 0; i < batch.size(); i++) {
            ReportSubmitted event = batch.get(i);
            try {
                sends.get(i).get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
                repository.markPublished(event.submissionId());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            } catch (ExecutionException | TimeoutException | RuntimeException e) {
                // Retried on the next tick, in submission order.
                String reason = e instanceof ExecutionException ? String.valueOf(e.getCause()) : String.valueOf(e);
                LOG.warnf("Outbox: could not publish submission %s yet: %s", event.submissionId(), reason);
                repository.markPublishFailed(event.submissionId(), reason);
                allSent = false;
            }
        }
        return allSent && batch.size() == batchSize;
    }
}
