package com.theorycloud.tabletheory.outbox.internal;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Exponential retry delays with jitter: the delay after attempt {@code n} is drawn between half and all of
 * {@code base * 2^(n-1)}, capped at {@code max}, so failed records of one burst do not come back at the same instant
 * while a retry never comes sooner than half the nominal delay.
 *
 * @param base   the nominal delay after the first attempt
 * @param max    the largest delay
 * @param random values in [0, 1)
 */
public record Backoff(Duration base, Duration max, DoubleSupplier random) {

    /** The delay before the attempt after attempt {@code attempt} (1-based). */
    public Duration after(int attempt) {
        int doublings = Math.min(Math.max(attempt - 1, 0), 30);
        long nominal = Math.min(max.toMillis(), base.toMillis() << doublings);
        if (nominal <= 0) {
            return Duration.ZERO;
        }
        long half = nominal / 2;
        return Duration.ofMillis(half + (long) (random.getAsDouble() * (nominal - half + 1)));
    }
}
