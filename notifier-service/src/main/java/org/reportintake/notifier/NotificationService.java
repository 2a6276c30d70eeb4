package org.reportintake.notifier;

import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.reportintake.model.event.ReportValidated;
import org.reportintake.notifier.delivery.DeliveryRepository;
import org.reportintake.notifier.delivery.MongoOutage;
import org.reportintake.notifier.directory.AgencyContact;
import org.reportintake.notifier.directory.AgencyDirectory;
import org.reportintake.notifier.mail.NoticeContent;
import org.reportintake.notifier.mail.NoticeRenderer;
import org.reportintake.notifier.mail.NoticeType;
import org.reportintake.notifier.mail.RecipientResolver;
import org.reportintake.notifier.mail.Recipients;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;

/**
 * Sends each notice at most once per (submission, notice type): rejection notices and the receipts for reports under
 * review or of the pre-2019 format always, acceptance receipts when switched on, never for a dry run. SMTP failures
 * are retried with exponential backoff while the claim's lease is kept alive; when they keep failing the record is
 * marked FAILED and the event goes to the dead-letter topic.
 */
@ApplicationScoped
public class NotificationService {

    private static final Logger LOG = Logger.getLogger(NotificationService.class);

    private final DeliveryRepository deliveries;
    private final AgencyDirectory directory;
    private final RecipientResolver recipients;
    private final NoticeRenderer renderer;
    private final Mailer mailer;
    private final SendPolicy policy;

    public NotificationService(DeliveryRepository deliveries, AgencyDirectory directory, RecipientResolver recipients,
            NoticeRenderer renderer, Mailer mailer, SendPolicy policy) {
        this.deliveries = deliveries;
        this.directory = directory;
        this.recipients = recipients;
        this.renderer = renderer;
        this.mailer = mailer;
        this.policy = policy;
    }

    public void onVerdict(ReportValidated event) throws Exception {
        if (event.submission().dryRun()) {
            return; // a pre-check never produces an email
        }
        NoticeType type = NoticeType.forVerdict(event.verdict());
        if (type.optional() && !policy.acceptanceReceipts()) {
            return;
        }
        String submissionId = event.submission().submissionId();
        if (!awaitClaim(submissionId, type.name(), event.submission().agencyId())) {
            LOG.infof("Submission %s: %s notice already handled", submissionId, type);
            return;
        }
        Optional<AgencyContact> agency = directory.find(event.submission().agencyId());
        Recipients to = recipients.resolve(event, agency);
        if (to.isEmpty()) {
            deliveries.markUndeliverable(submissionId, type.name(),
                    "no contact address in the agency directory or the report");
            LOG.warnf("Submission %s: %s notice undeliverable, no address", submissionId, type);
            return;
        }
        NoticeContent notice = renderer.render(type, event, agency);
        // A stable Message-ID lets mail systems recognise a resend after a crash as the same message.
        String messageId = "<" + submissionId + "." + type.name().toLowerCase() + "@report-intake>";
        Mail mail = new Mail()
                .setTo(to.addresses())
                .setSubject(notice.subject().replaceAll("\\p{Cntrl}", " "))
                .setText(notice.text())
                .setHtml(notice.html())
                .addHeader("Message-ID", messageId)
                .addHeader("X-Report-Intake-Submission", submissionId);
        send(submissionId, type, mail);
        // Retried here, not by the caller: once the mail went out, handling the whole event again would find this
        // attempt's own claim live, wait for its lease and send the notice a second time.
        MongoOutage.RETRY.run(() -> deliveries.markSent(submissionId, type.name(), to.addresses(), to.origin(),
                messageId));
        LOG.infof("Submission %s: %s notice sent to %s (%s)", submissionId, type, to.addresses(), to.origin());
    }

    private void send(String submissionId, NoticeType type, Mail mail) {
        Duration backoff = policy.initialBackoff();
        for (int attempt = 1; ; attempt++) {
            try {
                mailer.send(mail);
                return;
            } catch (RuntimeException e) {
                boolean last = attempt >= policy.maxAttempts();
                deliveries.markAttemptFailed(submissionId, type.name(), String.valueOf(e.getMessage()), last);
                if (last) {
                    throw new IllegalStateException("SMTP send failed " + attempt + " times for submission "
                            + submissionId + ": " + e.getMessage(), e);
                }
                LOG.warnf("Submission %s: SMTP attempt %d failed (%s), retrying in %s", submissionId, attempt,
                        e.getMessage(), backoff);
                deliveries.extendLease(submissionId, type.name(), policy.claimLease().plus(backoff));
                sleep(backoff);
                backoff = backoff.multipliedBy(2).compareTo(policy.maxBackoff()) > 0 ? policy.maxBackoff() : backoff.multipliedBy(2);
            }
        }
    }

    /**
     * True once this attempt owns the delivery; false when it is done. While another attempt holds a live claim
     * (a concurrent redelivery), wait for it rather than acknowledge: if that holder died, its lease runs out and
     * this attempt takes over, so the notice is neither lost nor sent twice.
     */
    private boolean awaitClaim(String submissionId, String type, String agencyId) {
        while (true) {
            DeliveryRepository.Claim claim = deliveries.claim(submissionId, type, agencyId, policy.claimLease());
            if (claim != DeliveryRepository.Claim.HELD_ELSEWHERE) {
                return claim == DeliveryRepository.Claim.OWNED;
            }
            sleep(Duration.ofMillis(250));
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
