package org.reportintake.load;

import java.util.Arrays;
import java.util.List;

/** Nearest-rank percentiles of a list of durations in milliseconds. */
public final class Percentiles {

    private final long[] sorted;

    public Percentiles(List<Long> millis) {
        this.sorted = millis.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
    }

    public long at(double percent) {
        if (sorted.length == 0) {
            return -1;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    public long max() {
        return sorted.length == 0 ? -1 : sorted[sorted.length - 1];
    }
}
