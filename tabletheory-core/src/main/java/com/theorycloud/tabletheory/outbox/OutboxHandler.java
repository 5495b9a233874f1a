package com.theorycloud.tabletheory.outbox;

/**
 * Performs the side effect of one outbox operation. It may be called more than once for one record (a relay can die
 * after the side effect and before marking the record done), so pass {@link OutboxDelivery#idempotencyKey()} to the
 * external system or check its state first. Returning normally marks the record done; throwing schedules a retry.
 */
@FunctionalInterface
public interface OutboxHandler {

    /**
     * Performs the side effect.
     *
     * @throws Exception when it failed and should be retried
     */
    void handle(OutboxDelivery delivery) throws Exception;
}
