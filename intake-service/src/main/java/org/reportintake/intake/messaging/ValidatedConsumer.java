package org.reportintake.intake.messaging;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.reportintake.intake.submission.SubmissionService;
import org.reportintake.model.event.EventCodec;
import org.reportintake.model.event.ReportValidated;
import org.reportintake.model.retry.TransientRetry;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;

import io.smallrye.reactive.messaging.annotations.Blocking;

/** Follows each submission to its final status. Idempotent: a redelivered verdict writes the same values. */
@ApplicationScoped
public class ValidatedConsumer {

    private static final Logger LOG = Logger.getLogger(ValidatedConsumer.class);
    /** A dropped or unreachable MongoDB (e.g. its restart) is waited out, not dead-lettered. */
    private static final TransientRetry MONGO_OUTAGE = new TransientRetry(
            e -> e instanceof MongoSocketException || e instanceof MongoTimeoutException, 5, Duration.ofSeconds(1));

    private final SubmissionService submissions;

    public ValidatedConsumer(SubmissionService submissions) {
        this.submissions = submissions;
    }

    /** A payload that cannot be read throws, and the connector moves it to the dead-letter topic; a MongoDB outage is retried. */
    @Incoming("validated")
    // Unordered on a bounded pool: each submission is independent (stored and published by its own id), so records
    // of one partition need not wait for each other; the throttled commit still commits offsets in order.
    @Blocking(value = "verdict-workers", ordered = false)
    public void onValidated(String payload) throws Exception {
        ReportValidated validated = EventCodec.fromJson(payload, ReportValidated.class);
        MONGO_OUTAGE.run(() -> submissions.recordVerdict(validated));
        LOG.infof("Submission %s: %s", validated.submission().submissionId(), validated.verdict());
    }
}
