package com.theorycloud.tabletheory.batch.internal;

import com.theorycloud.tabletheory.batch.RetryPolicy;
import java.time.Duration;
import java.time.Instant;

/**
 * The retry budget of one operation: counts retries per request against {@link RetryPolicy#maxRetries()} and the
 * wall time of the whole operation against {@link RetryPolicy#maxElapsed()}, and waits the jittered delay. One
 * instance per operation; not thread-safe.
 */
public final class RetryBudget {

    private final RetryPolicy policy;
    private final Instant start;
    private boolean interrupted;

    /** Starts the budget now. */
    public RetryBudget(RetryPolicy policy) {
        this.policy = policy;
        this.start = policy.clock().instant();
    }

    /**
     * Waits before retry {@code retry} (from 1) of one request when the budget allows it.
     *
     * @return whether to retry; {@code false} when the retries or the time are used up, or the thread was
     *         interrupted while waiting (its interrupt flag is then set again)
     */
    public boolean awaitRetry(int retry) {
        if (interrupted || retry > policy.maxRetries()) {
            return false;
        }
        Duration delay = policy.delay(retry);
        Duration maxElapsed = policy.maxElapsed();
        if (maxElapsed != null && elapsed().plus(delay).compareTo(maxElapsed) > 0) {
            return false;
        }
        try {
            policy.sleeper().sleep(delay);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            interrupted = true;
            return false;
        }
    }

    /** Whether a further first attempt may start: the wall-time budget is not used up and nobody interrupted us. */
    public boolean hasTimeLeft() {
        Duration maxElapsed = policy.maxElapsed();
        return !interrupted && (maxElapsed == null || elapsed().compareTo(maxElapsed) < 0);
    }

    /** Whether waiting was interrupted. */
    public boolean interrupted() {
        return interrupted;
    }

    private Duration elapsed() {
        return Duration.between(start, policy.clock().instant());
    }
}
