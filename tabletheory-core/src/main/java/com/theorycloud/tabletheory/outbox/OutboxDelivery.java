package com.theorycloud.tabletheory.outbox;

import java.time.Instant;

/**
 * One dispatch of an outbox record to its {@link OutboxHandler}.
 *
 * @param record         the record as claimed (status, attempts and lease included)
 * @param attempt        this attempt's number, from 1
 * @param leaseExpiresAt when the lease taken for this dispatch ends; the relay renews it while the handler runs
 */
public record OutboxDelivery(OutboxRecord record, int attempt, Instant leaseExpiresAt) {

    /** The key to hand to the external system, the same on every attempt. */
    public String idempotencyKey() {
        return record.idempotencyKey();
    }

    /** The operation, which selected the handler. */
    public String operation() {
        return record.operation();
    }

    /** The state the side effect should produce. */
    public String requestedState() {
        return record.requestedState();
    }
}
