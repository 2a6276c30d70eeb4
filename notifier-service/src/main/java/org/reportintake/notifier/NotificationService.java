package org.reportintake.notifier;

import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.reportintake.model.event.ReportValidated;
import org.reportintake.model.event.Verdict;
import org.reportintake.notifier.delivery.DeliveryRepository;
import org.reportintake.notifier.mail.NoticeContent;
import org.reportintake.notifier.mail.RecipientResolver;
import org.reportintake.notifier.mail.RejectionNoticeRenderer;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;

/** Sends each rejection notice exactly once per submission. */
@ApplicationScoped
public class NotificationService {

    static final String REJECTION = "REJECTION";
    private static final Logger LOG = Logger.getLogger(NotificationService.class);

    private final DeliveryRepository deliveries;
    private final RecipientResolver recipients;
    private final RejectionNoticeRenderer renderer;
    private final Mailer mailer;
    private final Duration claimLease;

    public NotificationService(DeliveryRepository deliveries, RecipientResolver recipients,
            RejectionNoticeRenderer renderer, Mailer mailer,
            @ConfigProperty(name = "notifier.claim-lease", defaultValue = "60s") Duration claimLease) {
        this.claimLease = claimLease;
        this.deliveries = deliveries;
        this.recipients = recipients;
        this.renderer = renderer;
        this.mailer = mailer;
    }

    /**
     * True once this attempt owns the delivery; false when it is done. While another attempt holds a live claim
     * (a concurrent redelivery), wait for it rather than acknowledge: if that holder died, its lease runs out and
     * this attempt takes over, so the notice is neither lost nor sent twice.
     */
    private boolean awaitClaim(String submissionId, String agencyId, String recipient) {
        long deadline = System.nanoTime() + claimLease.multipliedBy(3).toNanos();
        while (true) {
            DeliveryRepository.Claim claim = deliveries.claim(submissionId, REJECTION, agencyId, recipient, claimLease);
            if (claim != DeliveryRepository.Claim.HELD_ELSEWHERE) {
                return claim == DeliveryRepository.Claim.OWNED;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("delivery " + submissionId + " stays claimed by another attempt");
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    public void onVerdict(ReportValidated event) {
        // A pre-check (dry run) never produces an email.
        if (event.verdict() != Verdict.REJECTED || event.submission().dryRun()) {
            return;
        }
        String submissionId = event.submission().submissionId();
        Optional<String> recipient = recipients.recipientFor(event);
        if (!awaitClaim(submissionId, event.submission().agencyId(), recipient.orElse(null))) {
            LOG.infof("Submission %s: rejection notice already handled", submissionId);
            return;
        }
        if (recipient.isEmpty()) {
            deliveries.markAttemptFailed(submissionId, REJECTION, "no recipient address", true);
            return;
        }
        NoticeContent notice = renderer.render(event);
        // A stable Message-ID lets mail systems recognise a resend after a crash as the same message.
        String messageId = "<" + submissionId + "." + REJECTION.toLowerCase() + "@report-intake>";
        mailer.send(Mail.withText(recipient.get(), notice.subject(), notice.text()).addHeader("Message-ID", messageId));
        deliveries.markSent(submissionId, REJECTION, messageId);
        LOG.infof("Submission %s: rejection notice sent to %s", submissionId, recipient.get());
    }
}
