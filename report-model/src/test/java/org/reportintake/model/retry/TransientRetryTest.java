package org.reportintake.model.retry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.UncheckedIOException;
import java.net.SocketException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class TransientRetryTest {

    private final TransientRetry retry = new TransientRetry(e -> e instanceof SocketException, 4, Duration.ofMillis(1));

    @Test
    void transientFailureIsRetriedUntilTheStepSucceeds() throws Exception {
        AtomicInteger attempts = new AtomicInteger();

        retry.run(() -> {
            if (attempts.incrementAndGet() < 3) {
                throw new UncheckedIOException(new SocketException("connection reset"));
            }
        });

        assertEquals(3, attempts.get());
    }

    @Test
    void transientFailureThatPersistsIsRethrownAfterTheLastAttempt() {
        AtomicInteger attempts = new AtomicInteger();
        IllegalStateException failure = new IllegalStateException(new SocketException("down"));

        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> retry.run(() -> {
            attempts.incrementAndGet();
            throw failure;
        }));

        assertSame(failure, thrown);
        assertEquals(4, attempts.get());
    }

    @Test
    void otherFailuresAreRethrownAtOnce() {
        AtomicInteger attempts = new AtomicInteger();

        assertThrows(IllegalArgumentException.class, () -> retry.run(() -> {
            attempts.incrementAndGet();
            throw new IllegalArgumentException("unreadable payload");
        }));

        assertEquals(1, attempts.get());
    }
}
