package org.reportintake.model.retry;

import java.time.Duration;
import java.util.function.Predicate;

/**
 * Runs a consumer's handling again when it failed for a transient reason (e.g. the database connection dropped while
 * the server restarted), with doubling pauses, a bounded number of times. Without it such a record goes to the
 * dead-letter topic and its submission never gets a final state. The handling must be idempotent (all consumers
 * key their effects by submission id). Other failures are rethrown at once.
 */
public final class TransientRetry {

    /** A handling step that may throw checked exceptions. */
    @FunctionalInterface
    public interface Step {
        void run() throws Exception;
    }

    private final Predicate<Throwable> isTransient;
    private final int maxAttempts;
    private final Duration firstPause;

    /** @param isTransient tested on the failure and each of its causes */
    public TransientRetry(Predicate<Throwable> isTransient, int maxAttempts, Duration firstPause) {
        this.isTransient = isTransient;
        this.maxAttempts = maxAttempts;
        this.firstPause = firstPause;
    }

    public void run(Step step) throws Exception {
        long pause = firstPause.toMillis();
        for (int attempt = 1; ; attempt++) {
            try {
                step.run();
                return;
            } catch (Exception e) {
                if (attempt >= maxAttempts || !causedByTransient(e)) {
                    throw e;
                }
                Thread.sleep(pause);
                pause *= 2;
            }
        }
    }

    private boolean causedByTransient(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 10; t = t.getCause(), depth++) {
            if (isTransient.test(t)) {
                return true;
            }
        }
        return false;
    }
}
