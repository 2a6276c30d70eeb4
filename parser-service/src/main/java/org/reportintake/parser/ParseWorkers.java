package org.reportintake.parser;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads parses run on. Starting a thread per parse cost about as much as reading a small report, so
 * threads are reused; like a thread per parse, every parse still gets a thread at once (a parse stuck until
 * its time limit never holds up another), and idle threads end after a while, so none are left behind.
 */
final class ParseWorkers {

    private static final AtomicInteger WORKERS = new AtomicInteger();
    private static final long IDLE_SECONDS = 30;

    private ParseWorkers() {
    }

    static ExecutorService create() {
        ThreadFactory daemons = task -> {
            Thread worker = new Thread(task, "report-parser-" + WORKERS.incrementAndGet());
            worker.setDaemon(true);
            return worker;
        };
        // No core threads and a hand-off queue: a new thread whenever none is idle, none kept when unused.
        return new ThreadPoolExecutor(0, Integer.MAX_VALUE, IDLE_SECONDS, TimeUnit.SECONDS,
                new SynchronousQueue<>(), daemons);
    }
}
