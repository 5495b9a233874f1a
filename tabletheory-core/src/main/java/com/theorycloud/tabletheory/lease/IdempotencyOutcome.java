package com.theorycloud.tabletheory.lease;

import org.jspecify.annotations.Nullable;

/**
 * What {@link IdempotencyRecords#begin} found for a request.
 *
 * @param state  whether to do the work, wait, or reuse the result
 * @param result the recorded result of a completed request (e.g. an S3 key), otherwise {@code null}
 */
public record IdempotencyOutcome(State state, @Nullable String result) {

    /** The states of an idempotency record as seen by the caller. */
    public enum State {
        /** This caller recorded the request first (or re-opened a failed one): do the work, then complete it. */
        BEGUN,
        /** Another caller is doing the work: do not duplicate it (wait, or serve stale content). */
        IN_PROGRESS,
        /** The work was done: reuse {@link IdempotencyOutcome#result()}. */
        COMPLETED
    }

    /** Whether this caller should do the work. */
    public boolean shouldWork() {
        return state == State.BEGUN;
    }
}
