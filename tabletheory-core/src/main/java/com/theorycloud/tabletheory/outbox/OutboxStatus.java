package com.theorycloud.tabletheory.outbox;

/** Where an outbox record is in its life: waiting for (another) attempt, done, or given up on. */
public enum OutboxStatus {
    /** Waiting to be dispatched at {@code nextAttemptAt}; a relay may hold a lease on it. */
    PENDING,
    /** The handler succeeded; the record expires through the table's TTL. */
    DONE,
    /** The handler failed {@code maxAttempts} times; it waits for a person or a reconciler. */
    DEAD
}
