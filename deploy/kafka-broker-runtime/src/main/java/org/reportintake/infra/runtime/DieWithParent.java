package org.reportintake.infra.runtime;

import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Entry point for child JVMs started by local-infra: {@code DieWithParent <parentPid> <mainClass> [args...]}.
 * It runs {@code mainClass} and exits as soon as the parent process is gone, so a test JVM killed with -9
 * leaves no broker or service behind holding its port.
 */
public final class DieWithParent {

    /** Time the child's own shutdown hooks get before the JVM is halted regardless. */
    private static final long GRACE_MILLIS = 15_000;

    private DieWithParent() {
    }

    public static void main(String[] args) throws Throwable {
        if (args.length < 2) {
            System.err.println("usage: DieWithParent <parentPid> <mainClass> [args...]");
            System.exit(2);
        }
        long parentPid = Long.parseLong(args[0]);
        watchParent(parentPid);
        Method main = Class.forName(args[1]).getMethod("main", String[].class);
        main.invoke(null, (Object) Arrays.copyOfRange(args, 2, args.length));
    }

    private static void watchParent(long parentPid) {
        ProcessHandle parent = ProcessHandle.of(parentPid).orElse(null);
        if (parent == null) {
            System.err.println("parent " + parentPid + " is already gone; exiting");
            System.exit(3);
        }
        parent.onExit().thenRun(() -> {
            System.err.println("parent " + parentPid + " exited; shutting down");
            Thread halter = new Thread(() -> {
                sleepQuietly(GRACE_MILLIS);
                Runtime.getRuntime().halt(4);
            }, "die-with-parent-halter");
            halter.setDaemon(true);
            halter.start();
            // exit() runs the child's shutdown hooks (Kafka's controlled shutdown, Quarkus' stop) on a fresh thread.
            new Thread(() -> System.exit(0), "die-with-parent-exit").start();
        });
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
