package com.theorycloud.tabletheory.benchmarks;

import java.util.Arrays;

/** Percentiles of recorded durations, for the measuring programs. */
final class Stats {

    private final long[] sorted;

    Stats(long[] samples, int count) {
        this.sorted = Arrays.copyOf(samples, count);
        Arrays.sort(sorted);
    }

    /** The given percentile (0-100), nearest-rank. */
    long percentile(double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    int count() {
        return sorted.length;
    }

    static String micros(long nanos) {
        return String.format("%.0f", nanos / 1_000.0);
    }

    static String ratio(long a, long b) {
        return String.format("%.3f", (double) a / b);
    }
}
