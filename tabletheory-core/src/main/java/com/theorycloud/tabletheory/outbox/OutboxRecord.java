package com.theorycloud.tabletheory.outbox;

import com.theorycloud.tabletheory.Key;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One side effect to perform outside DynamoDB (a Lambda alias flip, a pipeline start): written in the same
 * transaction as the state change that requires it, then dispatched at least once by an {@link OutboxRelay}. Its
 * attributes follow the upstream release-state outbox schema; it must never hold secrets (see
 * {@link OutboxWriter}).
 *
 * <pre>{@code
 * OutboxRecord flip = OutboxRecord.pending("RELEASE#svc", "OUTBOX#lambda-alias#rel_002")
 *     .operation("lambda_alias_update")
 *     .idempotencyKey("svc:rel_002")
 *     .requestedState("active")
 *     .build();
 * }</pre>
 *
 * @param pk             the partition key ({@code PK}), usually the release scope such as {@code RELEASE#svc}
 * @param sk             the stable outbox id ({@code SK}), such as {@code OUTBOX#lambda-alias#rel_002}
 * @param operation      the side effect, which selects the {@link OutboxHandler}
 * @param idempotencyKey the key the handler passes to the external system, the same on every attempt
 * @param requestedState the target state or snapshot the side effect should produce
 * @param status         where the record is in its life
 * @param attempts       how many dispatches were started
 * @param nextAttemptAt  when the record is due (for a dead record: when it died)
 * @param lastError      a redacted summary of the last failure, or {@code null}
 * @param leaseOwner     the token of the relay dispatching it, or {@code null}
 * @param leaseExpiresAt when that relay's lease ends, or {@code null}
 * @param createdAt      when it was written, or {@code null} before that
 * @param updatedAt      when it last changed, or {@code null} before it was written
 */
public record OutboxRecord(String pk, String sk, String operation, String idempotencyKey, String requestedState,
        OutboxStatus status, int attempts, Instant nextAttemptAt, @Nullable String lastError,
        @Nullable String leaseOwner, @Nullable Instant leaseExpiresAt, @Nullable Instant createdAt,
        @Nullable Instant updatedAt) {

    /** Checks the required values. */
    public OutboxRecord {
        Objects.requireNonNull(pk, "pk");
        Objects.requireNonNull(sk, "sk");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(requestedState, "requestedState");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
    }

    /** Starts a new pending record with the given key, due now unless {@link Builder#nextAttemptAt} says otherwise. */
    public static Builder pending(String pk, String sk) {
        return new Builder(pk, sk);
    }

    /** The record's key. */
    public Key key() {
        return Key.of(pk, sk);
    }

    /** Builds a new pending {@link OutboxRecord}. */
    public static final class Builder {

        private final String pk;
        private final String sk;
        private @Nullable String operation;
        private @Nullable String idempotencyKey;
        private String requestedState = "";
        private @Nullable Instant nextAttemptAt;

        private Builder(String pk, String sk) {
            this.pk = pk;
            this.sk = sk;
        }

        /** The side effect to perform. */
        public Builder operation(String value) {
            this.operation = value;
            return this;
        }

        /** The key the handler reuses on every attempt. */
        public Builder idempotencyKey(String value) {
            this.idempotencyKey = value;
            return this;
        }

        /** The target state or snapshot (plain text or JSON; never secrets). */
        public Builder requestedState(String value) {
            this.requestedState = value;
            return this;
        }

        /** When the first attempt is due; defaults to the time the record is written. */
        public Builder nextAttemptAt(Instant value) {
            this.nextAttemptAt = value;
            return this;
        }

        /** The record. */
        public OutboxRecord build() {
            return new OutboxRecord(pk, sk, Objects.requireNonNull(operation, "operation: name the side effect"),
                    Objects.requireNonNull(idempotencyKey, "idempotencyKey: give the side effect a stable key"),
                    requestedState, OutboxStatus.PENDING, 0, nextAttemptAt == null ? Instant.EPOCH : nextAttemptAt,
                    null, null, null, null, null);
        }
    }
}
