package com.theorycloud.tabletheory.batch;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import org.jspecify.annotations.Nullable;

/**
 * How often and how long the engine retries work DynamoDB left undone: unprocessed keys and items of batch calls, and
 * transactions cancelled only for retryable reasons (conflicts, throttling). Delays grow exponentially with full
 * jitter: before retry {@code n} (from 1) the engine waits a random duration between 0 and
 * {@code min(maxDelay, baseDelay * 2^(n-1))}. The budget is {@code maxRetries} retries per request and, when set,
 * {@code maxElapsed} of wall time for the whole operation; whichever runs out first ends the retries.
 *
 * <p>Immutable; the {@code with...} methods return modified copies.
 *
 * <pre>{@code
 * RetryPolicy patient = RetryPolicy.defaults().withMaxRetries(10).withMaxElapsed(Duration.ofSeconds(30));
 * }</pre>
 *
 * @param maxRetries how many times one request is retried after its first attempt (0 = never)
 * @param baseDelay  the delay cap before the first retry
 * @param maxDelay   the largest delay cap
 * @param maxElapsed the wall-time budget of the whole operation, or {@code null} for none
 * @param sleeper    waits between attempts
 * @param random     uniform numbers in [0, 1) for the jitter
 * @param clock      measures the elapsed time against {@code maxElapsed}
 */
public record RetryPolicy(int maxRetries, Duration baseDelay, Duration maxDelay, @Nullable Duration maxElapsed,
        Sleeper sleeper, DoubleSupplier random, Clock clock) {

    private static final RetryPolicy BATCH_DEFAULTS = new RetryPolicy(5, Duration.ofMillis(50), Duration.ofSeconds(1),
            null, Sleeper.THREAD, () -> ThreadLocalRandom.current().nextDouble(), Clock.systemUTC());

    /** Checks the values. */
    public RetryPolicy {
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must be >= 0, got " + maxRetries);
        }
        Objects.requireNonNull(baseDelay, "baseDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (baseDelay.isNegative() || maxDelay.isNegative()) {
            throw new IllegalArgumentException("Retry delays must not be negative");
        }
        if (maxElapsed != null && maxElapsed.isNegative()) {
            throw new IllegalArgumentException("maxElapsed must not be negative");
        }
        Objects.requireNonNull(sleeper, "sleeper");
        Objects.requireNonNull(random, "random");
        Objects.requireNonNull(clock, "clock");
    }

    /**
     * The batch default, as the Python runtime: up to 5 retries per request, delays capped at 50 ms doubling to 1 s,
     * no wall-time budget.
     */
    public static RetryPolicy defaults() {
        return BATCH_DEFAULTS;
    }

    /**
     * The transaction default, as the Go runtime: up to 4 retries of a transaction cancelled only for retryable
     * reasons, delays capped at 100 ms doubling to 800 ms.
     */
    public static RetryPolicy transactionDefaults() {
        return BATCH_DEFAULTS.withMaxRetries(4).withBaseDelay(Duration.ofMillis(100))
                .withMaxDelay(Duration.ofMillis(800));
    }

    /** No retries at all: whatever the first attempt leaves undone is reported at once. */
    public static RetryPolicy none() {
        return BATCH_DEFAULTS.withMaxRetries(0);
    }

    /** A copy with another retry count. */
    public RetryPolicy withMaxRetries(int value) {
        return new RetryPolicy(value, baseDelay, maxDelay, maxElapsed, sleeper, random, clock);
    }

    /** A copy with another first delay cap. */
    public RetryPolicy withBaseDelay(Duration value) {
        return new RetryPolicy(maxRetries, value, maxDelay, maxElapsed, sleeper, random, clock);
    }

    /** A copy with another largest delay cap. */
    public RetryPolicy withMaxDelay(Duration value) {
        return new RetryPolicy(maxRetries, baseDelay, value, maxElapsed, sleeper, random, clock);
    }

    /** A copy with a wall-time budget for the whole operation ({@code null} for none). */
    public RetryPolicy withMaxElapsed(@Nullable Duration value) {
        return new RetryPolicy(maxRetries, baseDelay, maxDelay, value, sleeper, random, clock);
    }

    /** A copy that waits with another sleeper (tests use one that records delays without waiting). */
    public RetryPolicy withSleeper(Sleeper value) {
        return new RetryPolicy(maxRetries, baseDelay, maxDelay, maxElapsed, value, random, clock);
    }

    /** A copy drawing its jitter from another source of uniform numbers in [0, 1). */
    public RetryPolicy withRandom(DoubleSupplier value) {
        return new RetryPolicy(maxRetries, baseDelay, maxDelay, maxElapsed, sleeper, value, clock);
    }

    /** A copy measuring elapsed time with another clock. */
    public RetryPolicy withClock(Clock value) {
        return new RetryPolicy(maxRetries, baseDelay, maxDelay, maxElapsed, sleeper, random, value);
    }

    /**
     * The delay cap before retry {@code retry} (from 1): {@code min(maxDelay, baseDelay * 2^(retry-1))}; the actual
     * delay is a random fraction of it.
     */
    public Duration delayCap(int retry) {
        if (retry < 1) {
            throw new IllegalArgumentException("retry counts from 1, got " + retry);
        }
        long base = baseDelay.toNanos();
        long cap = maxDelay.toNanos();
        int shift = Math.min(retry - 1, 62);
        long grown = base > (cap >> shift) ? cap : base << shift;
        return Duration.ofNanos(Math.min(cap, grown));
    }

    /** The jittered delay before retry {@code retry} (from 1): uniform between 0 and {@link #delayCap(int)}. */
    public Duration delay(int retry) {
        double fraction = random.getAsDouble();
        if (fraction < 0 || fraction >= 1 || Double.isNaN(fraction)) {
            fraction = 0;
        }
        return Duration.ofNanos((long) (delayCap(retry).toNanos() * fraction));
    }
}
