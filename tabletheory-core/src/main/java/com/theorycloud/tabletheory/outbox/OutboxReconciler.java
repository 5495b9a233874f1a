package com.theorycloud.tabletheory.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The reconciliation hook for side effects that did not go through: finds dead records and pending records overdue
 * for longer than a threshold (relays down or stuck), asks a {@link Decision} about each (typically after observing
 * the external system and comparing it with the actual row and its events), and re-drives the ones it says to retry.
 * Run it from a scheduler; it never touches a record that changed since it was read.
 *
 * <pre>{@code
 * OutboxReconciler reconciler = OutboxReconciler.of(outbox);
 * int redriven = reconciler.reconcile(Duration.ofMinutes(15), 100, stuck ->
 *     aliases.current(stuck.idempotencyKey()).equals(stuck.requestedState())
 *         ? OutboxReconciler.Verdict.LEAVE          // already applied; record an event instead
 *         : OutboxReconciler.Verdict.REDRIVE);
 * }</pre>
 */
public final class OutboxReconciler {

    /** What to do with a stuck record. */
    public enum Verdict {
        /** Make it due now with a fresh attempt budget. */
        REDRIVE,
        /** Leave it as it is (already handled, or for a person to look at). */
        LEAVE
    }

    /** Decides about one stuck record. */
    @FunctionalInterface
    public interface Decision {

        /** The verdict for {@code stuck}. */
        Verdict decide(OutboxRecord stuck);
    }

    private final OutboxStore store;
    private final Clock clock;

    private OutboxReconciler(OutboxStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** A reconciler over {@code outbox} using the UTC system clock. */
    public static OutboxReconciler of(Outbox outbox) {
        return of(outbox, Clock.systemUTC());
    }

    /** A reconciler over {@code outbox} using {@code clock}. */
    public static OutboxReconciler of(Outbox outbox, Clock clock) {
        return new OutboxReconciler(outbox.store(), Objects.requireNonNull(clock, "clock"));
    }

    /**
     * The stuck records: dead ones, then pending ones due for longer than {@code overdueFor}, at most {@code limit}
     * of each, oldest first.
     */
    public List<OutboxRecord> stuck(Duration overdueFor, int limit) {
        Instant now = clock.instant();
        List<OutboxRecord> stuck = new ArrayList<>(store.until(OutboxStatus.DEAD, now, limit));
        stuck.addAll(store.until(OutboxStatus.PENDING, now.minus(overdueFor), limit));
        return stuck;
    }

    /** Makes {@code record} due now with a fresh attempt budget, unless it changed since it was read. */
    public boolean redrive(OutboxRecord record) {
        return store.redrive(record, clock.instant());
    }

    /**
     * Decides about every stuck record and re-drives those the decision says to.
     *
     * @return how many records were re-driven
     */
    public int reconcile(Duration overdueFor, int limit, Decision decision) {
        int redriven = 0;
        for (OutboxRecord stuck : stuck(overdueFor, limit)) {
            if (decision.decide(stuck) == Verdict.REDRIVE && redrive(stuck)) {
                redriven++;
            }
        }
        return redriven;
    }
}
