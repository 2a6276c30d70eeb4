package org.reportintake.notifier.api;

import java.time.Instant;
import java.util.List;

/** A delivery record as the supervising office sees it. */
public record DeliveryView(String submissionId, String agencyId, String noticeType, String state, List<String> recipients,
        String recipientOrigin, int attempts, String lastError, Instant claimedAt, Instant sentAt) {
}
