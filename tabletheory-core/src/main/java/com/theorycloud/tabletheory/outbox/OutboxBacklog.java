package com.theorycloud.tabletheory.outbox;

import java.time.Duration;
import java.time.Instant;

/**
 * How far behind the outbox is, at one instant: expose it as metrics or a health indicator. A growing
 * {@code oldestDueAge} means relays are down or too slow; any {@code dead} record needs a person or a reconciler.
 *
 * @param pending       records waiting for an attempt (due or not, leased or not)
 * @param due           pending records whose attempt time has come and that no relay holds
 * @param dead          records that failed every attempt
 * @param oldestDueAge  how long the longest-waiting due record has been due ({@link Duration#ZERO} when none is)
 * @param oldestDeadAge how long ago the oldest dead record died ({@link Duration#ZERO} when none did)
 * @param observedAt    when the snapshot was taken
 */
public record OutboxBacklog(long pending, long due, long dead, Duration oldestDueAge, Duration oldestDeadAge,
        Instant observedAt) {

    /** Whether nothing is due and nothing is dead. */
    public boolean healthy() {
        return due == 0 && dead == 0;
    }
}
