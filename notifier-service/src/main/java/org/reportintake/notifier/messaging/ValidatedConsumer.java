package org.reportintake.notifier.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.reportintake.model.event.EventCodec;
import org.reportintake.model.event.ReportValidated;
import org.reportintake.notifier.NotificationService;
import org.reportintake.notifier.delivery.MongoOutage;

import io.smallrye.reactive.messaging.annotations.Blocking;

/** Emails a notice for each verdict that needs one. */
@ApplicationScoped
public class ValidatedConsumer {

    private final NotificationService notifications;

    public ValidatedConsumer(NotificationService notifications) {
        this.notifications = notifications;
    }

    /**
     * Unordered: a blocking send on the ordered worker context deadlocks the mail client's own lookups. A MongoDB
     * outage is retried (the handling is idempotent per submission and notice type); anything else that throws sends
     * the record to the dead-letter topic.
     */
    @Incoming("validated")
    @Blocking(ordered = false)
    public void onValidated(String payload) throws Exception {
        ReportValidated validated = EventCodec.fromJson(payload, ReportValidated.class);
        MongoOutage.RETRY.run(() -> notifications.onVerdict(validated));
    }
}
