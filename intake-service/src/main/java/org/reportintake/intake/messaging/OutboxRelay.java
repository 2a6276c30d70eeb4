package org.reportintake.intake.messaging;

import java.time.Duration;
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

    private final SubmissionRepository repository;
    private final MutinyEmitter<String> emitter;
    private final int batchSize;
    private final Duration sendTimeout;
    private final AtomicBoolean running = new AtomicBoolean();

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

    /** Publishes pending entries oldest first; one relay pass at a time in this process. */
    public void relayPending() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            for (ReportSubmitted event : repository.pendingOutbox(batchSize)) {
                try {
                    emitter.sendMessage(CloudEventMessages.of(event.submissionId(), Topics.TYPE_SUBMITTED, SOURCE,
                            event.agencyId(), EventCodec.toJson(event), event.submittedAt()))
                            .await().atMost(sendTimeout);
                    repository.markPublished(event.submissionId());
                } catch (RuntimeException e) {
                    // Keep the order of one agency's submissions: stop this pass and retry on the next tick.
                    LOG.warnf("Outbox: could not publish submission %s yet: %s", event.submissionId(), e.getMessage());
                    repository.markPublishFailed(event.submissionId(), String.valueOf(e.getMessage()));
                    return;
                }
            }
        } finally {
            running.set(false);
        }
    }
}
