package org.reportintake.load;

import java.io.PrintStream;

/** One line redrawn in place on the terminal: uploaded and finished counts against the total, and the rate. */
public final class ProgressBar {

    private static final int WIDTH = 40;
    private final PrintStream out;
    private final int total;
    private final long started = System.nanoTime();

    public ProgressBar(PrintStream out, int total) {
        this.out = out;
        this.total = total;
    }

    public synchronized void show(int uploaded, int finished, String note) {
        int filled = total == 0 ? WIDTH : (int) ((long) finished * WIDTH / total);
        double seconds = Math.max(0.001, (System.nanoTime() - started) / 1e9);
        out.printf("\r[%s%s] %d/%d final, %d uploaded, %.1f/s, %.0f s %s   ", "#".repeat(filled),
                ".".repeat(WIDTH - filled), finished, total, uploaded, finished / seconds, seconds, note);
        out.flush();
    }

    public synchronized void done() {
        out.println();
    }
}
