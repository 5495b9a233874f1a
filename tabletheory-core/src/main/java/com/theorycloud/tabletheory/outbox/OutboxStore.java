package com.theorycloud.tabletheory.outbox;

import static com.theorycloud.tabletheory.outbox.OutboxItems.ATTEMPTS;
import static com.theorycloud.tabletheory.outbox.OutboxItems.LAST_ERROR;
import static com.theorycloud.tabletheory.outbox.OutboxItems.LEASE_EXPIRES_AT;
import static com.theorycloud.tabletheory.outbox.OutboxItems.LEASE_OWNER;
import static com.theorycloud.tabletheory.outbox.OutboxItems.NEXT_ATTEMPT_AT;
import static com.theorycloud.tabletheory.outbox.OutboxItems.STATUS;
import static com.theorycloud.tabletheory.outbox.OutboxItems.TTL;
import static com.theorycloud.tabletheory.outbox.OutboxItems.due;

import com.theorycloud.tabletheory.Table;
import com.theorycloud.tabletheory.error.ConditionFailedException;
import com.theorycloud.tabletheory.error.LeaseNotOwnedException;
import com.theorycloud.tabletheory.expression.Condition;
import com.theorycloud.tabletheory.expression.ReturnValues;
import com.theorycloud.tabletheory.expression.Update;
import com.theorycloud.tabletheory.mapping.Document;
import com.theorycloud.tabletheory.query.Query;
import com.theorycloud.tabletheory.query.SortKey;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The outbox's conditional writes and index reads. A claim moves {@code nextAttemptAt} to the end of the lease, so
 * a leased record leaves the due range until the lease ends: a relay that dies mid-dispatch hands its records back
 * simply by not finishing them.
 */
final class OutboxStore {

    private final Table<Document> table;
    private final String indexName;

    OutboxStore(Table<Document> table, String indexName) {
        this.table = table;
        this.indexName = indexName;
    }

    /** Up to {@code limit} pending records due at {@code now}, earliest first. */
    List<OutboxRecord> dueRecords(Instant now, int limit) {
        return dueQuery(now).limit(limit).page().items().stream().map(OutboxItems::fromDocument).toList();
    }

    /** How many records of a status there are. */
    long count(OutboxStatus status) {
        return byStatus(status).count();
    }

    /** How many pending records are due at {@code now}. */
    long countDue(Instant now) {
        return dueQuery(now).count();
    }

    /** The earliest record of a status, by {@code nextAttemptAt}. */
    Optional<OutboxRecord> earliest(OutboxStatus status) {
        return byStatus(status).limit(1).first().map(OutboxItems::fromDocument);
    }

    /** The earliest pending record due at {@code now}. */
    Optional<OutboxRecord> earliestDue(Instant now) {
        return dueQuery(now).limit(1).first().map(OutboxItems::fromDocument);
    }

    /** Records of a status whose {@code nextAttemptAt} is at or before {@code until}, earliest first. */
    List<OutboxRecord> until(OutboxStatus status, Instant until, int limit) {
        return table.query().index(indexName).partition(STATUS, status.name())
                .sort(SortKey.le(NEXT_ATTEMPT_AT, due(until))).limit(limit).page().items().stream()
                .map(OutboxItems::fromDocument).toList();
    }

    /**
     * Claims a due record for {@code token} until {@code leaseUntil}, counting the attempt.
     *
     * @return the claimed record, or empty when another relay claimed it first or it is no longer due
     */
    Optional<OutboxRecord> claim(OutboxRecord record, String token, Instant now, Instant leaseUntil) {
        Update update = Update.create()
                .set(LEASE_OWNER, token)
                .set(LEASE_EXPIRES_AT, leaseUntil.toEpochMilli())
                .set(NEXT_ATTEMPT_AT, due(leaseUntil))
                .add(ATTEMPTS, 1)
                .onlyIf(Condition.and(Condition.eq(STATUS, OutboxStatus.PENDING.name()),
                        Condition.le(NEXT_ATTEMPT_AT, due(now))))
                .returning(ReturnValues.ALL_NEW);
        try {
            return table.update(record.key(), update).map(OutboxItems::fromDocument);
        } catch (ConditionFailedException lost) {
            return Optional.empty();
        }
    }

    /**
     * Extends the lease of a record this relay still holds to {@code leaseUntil} (and its next attempt with it).
     *
     * @return false when the lease is no longer this relay's (it ran out and another relay claimed the record, or
     *         the record was marked)
     */
    boolean renew(OutboxRecord claimed, Instant leaseUntil) {
        Update update = Update.create()
                .set(LEASE_EXPIRES_AT, leaseUntil.toEpochMilli())
                .set(NEXT_ATTEMPT_AT, due(leaseUntil))
                .onlyIf(Condition.and(Condition.eq(STATUS, OutboxStatus.PENDING.name()),
                        Condition.eq(LEASE_OWNER, String.valueOf(claimed.leaseOwner()))))
                .returning(ReturnValues.NONE);
        try {
            table.update(claimed.key(), update);
            return true;
        } catch (ConditionFailedException lost) {
            return false;
        }
    }

    /** Marks a claimed record done; it expires at {@code expiresAt} through the table's TTL. */
    void complete(OutboxRecord claimed, Instant expiresAt) {
        finish(claimed, Update.create().set(STATUS, OutboxStatus.DONE.name()).set(TTL, expiresAt.getEpochSecond()));
    }

    /** Gives a claimed record back for another attempt at {@code nextAttemptAt}. */
    void retry(OutboxRecord claimed, Instant nextAttemptAt, String error) {
        finish(claimed, Update.create().set(NEXT_ATTEMPT_AT, due(nextAttemptAt)).set(LAST_ERROR, error));
    }

    /** Moves a claimed record to the dead letter, dated {@code now}. */
    void bury(OutboxRecord claimed, Instant now, String error) {
        finish(claimed, Update.create().set(STATUS, OutboxStatus.DEAD.name()).set(NEXT_ATTEMPT_AT, due(now))
                .set(LAST_ERROR, error));
    }

    /** Makes a pending or dead record due at {@code now} again, with a fresh attempt budget. */
    boolean redrive(OutboxRecord record, Instant now) {
        Update update = Update.create().set(STATUS, OutboxStatus.PENDING.name()).set(NEXT_ATTEMPT_AT, due(now))
                .set(ATTEMPTS, 0).remove(LEASE_OWNER).remove(LEASE_EXPIRES_AT)
                .onlyIf(Condition.and(Condition.eq(STATUS, record.status().name()),
                        Condition.eq(NEXT_ATTEMPT_AT, due(record.nextAttemptAt()))))
                .returning(ReturnValues.NONE);
        try {
            table.update(record.key(), update);
            return true;
        } catch (ConditionFailedException changed) {
            return false;
        }
    }

    private void finish(OutboxRecord claimed, Update update) {
        Update guarded = update.remove(LEASE_OWNER).remove(LEASE_EXPIRES_AT).returning(ReturnValues.NONE)
                .onlyIf(Condition.and(Condition.eq(STATUS, OutboxStatus.PENDING.name()),
                        Condition.eq(LEASE_OWNER, String.valueOf(claimed.leaseOwner()))));
        try {
            table.update(claimed.key(), guarded);
        } catch (ConditionFailedException lost) {
            throw new LeaseNotOwnedException(table.schema().name(), "Outbox record " + claimed.pk() + "/"
                    + claimed.sk() + " is no longer leased by this relay (its lease ran out and another relay "
                    + "claimed it); that relay will deliver it again, so handlers must be idempotent", lost);
        }
    }

    private Query<Document> byStatus(OutboxStatus status) {
        return table.query().index(indexName).partition(STATUS, status.name());
    }

    private Query<Document> dueQuery(Instant now) {
        return table.query().index(indexName).partition(STATUS, OutboxStatus.PENDING.name())
                .sort(SortKey.le(NEXT_ATTEMPT_AT, due(now)));
    }
}
