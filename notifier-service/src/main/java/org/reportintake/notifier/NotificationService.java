package org.reportintake.notifier;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

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

    public NotificationService(DeliveryRepository deliveries, RecipientResolver recipients,
            RejectionNoticeRenderer renderer, Mailer mailer) {
        this.deliveries = deliveries;
        this.recipients = recipients;
        this.renderer = renderer;
        this.mailer = mailer;
    }

    public void onVerdict(ReportValidated event) {
        // A pre-check (dry run) never produces an email.
        if (event.verdict() != Verdict.REJECTED || event.submission().dryRun()) {
            return;
        }
        String submissionId = event.submission().submissionId();
        Optional<String> recipient = recipients.recipientFor(event);
        if (!deliveries.claim(submissionId, REJECTION, event.submission().agencyId(), recipient.orElse(null))) {
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
