package org.reportintake.notifier;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How notices are sent; from configuration. */
@ApplicationScoped
public class SendPolicy {
    private final boolean acceptanceReceipts;
    private final int maxAttempts;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final Duration claimLease;

    public SendPolicy(@ConfigProperty(name = "notifier.acceptance-receipts", defaultValue = "false") boolean acceptanceReceipts,
            @ConfigProperty(name = "notifier.send.max-attempts", defaultValue = "6") int maxAttempts,
            @ConfigProperty(name = "notifier.send.initial-backoff", defaultValue = "1s") Duration initialBackoff,
            @ConfigProperty(name = "notifier.send.max-backoff", defaultValue = "30s") Duration maxBackoff,
            @ConfigProperty(name = "notifier.claim-lease", defaultValue = "60s") Duration claimLease) {
        this.acceptanceReceipts = acceptanceReceipts;
        this.maxAttempts = maxAttempts;
        this.initialBackoff = initialBackoff;
        this.maxBackoff = maxBackoff;
        this.claimLease = claimLease;
    }

    public boolean acceptanceReceipts() {
        return acceptanceReceipts;
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    public Duration initialBackoff() {
        return initialBackoff;
    }

    public Duration maxBackoff() {
        return maxBackoff;
    }

    public Duration claimLease() {
        return claimLease;
    }
}
