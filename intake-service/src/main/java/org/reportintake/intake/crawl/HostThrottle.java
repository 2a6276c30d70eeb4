package org.reportintake.intake.crawl;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;

/** One request at a time per host, and a pause between two requests to the same host. */
final class HostThrottle {

    private final Duration delay;
    private final ConcurrentMap<String, Slot> slots = new ConcurrentHashMap<>();

    HostThrottle(Duration delay) {
        this.delay = delay;
    }

    private static final class Slot {
        final ReentrantLock lock = new ReentrantLock(true);
        long nextAllowedNanos = System.nanoTime();
        volatile long delayNanos = -1;
    }

    /** Makes the pause for this host at least {@code minimum} (robots.txt Crawl-delay). */
    void slowDown(String host, Duration minimum) {
        Slot slot = slots.computeIfAbsent(key(host), k -> new Slot());
        slot.delayNanos = Math.max(minimum.toNanos(), delay.toNanos());
    }

    /** Blocks until this host may be asked again; the caller must {@link #release} after reading the response. */
    void acquire(String host) throws InterruptedException {
        Slot slot = slots.computeIfAbsent(key(host), k -> new Slot());
        slot.lock.lockInterruptibly();
        long wait = slot.nextAllowedNanos - System.nanoTime();
        if (wait > 0) {
            try {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            } catch (InterruptedException e) {
                slot.lock.unlock();
                throw e;
            }
        }
    }

    void release(String host) {
        Slot slot = slots.get(key(host));
        // The delay runs from the end of the previous response, so a slow host is not asked faster.
        slot.nextAllowedNanos = System.nanoTime() + (slot.delayNanos >= 0 ? slot.delayNanos : delay.toNanos());
        slot.lock.unlock();
    }

    private static String key(String host) {
        return host.toLowerCase(Locale.ROOT);
    }
}
