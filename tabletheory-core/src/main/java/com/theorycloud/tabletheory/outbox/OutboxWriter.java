package com.theorycloud.tabletheory.outbox;

import com.theorycloud.tabletheory.error.UnsafeOutboxRecordException;
import com.theorycloud.tabletheory.mapping.Document;
import com.theorycloud.tabletheory.outbox.internal.SecretScreen;
import com.theorycloud.tabletheory.transaction.TransactWrite;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * Adds {@link OutboxRecord}s to a transaction, so the side effect is recorded if and only if the state change that
 * needs it commits. Each record is created with a not-exists condition (an outbox id is written once) after checking
 * that it is well formed and holds no secrets.
 *
 * <pre>{@code
 * TransactWrite tx = engine.transactWrite().update(orders, order.withStatus("PAID"), "status");
 * outbox.writer().add(tx, OutboxRecord.pending("ORDER#1", "OUTBOX#receipt").operation("send_receipt")
 *     .idempotencyKey("ORDER#1:receipt").build());
 * tx.execute();
 * }</pre>
 */
public final class OutboxWriter {

    private static final int MAX_TEXT = 4096;

    private final Outbox outbox;
    private final Clock clock;

    OutboxWriter(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Adds the creation of {@code record} to {@code tx}.
     *
     * @throws UnsafeOutboxRecordException when the record is malformed or looks like it carries a secret
     */
    public TransactWrite add(TransactWrite tx, OutboxRecord record) {
        return tx.create(outbox.table(), document(record));
    }

    /** Writes {@code record} on its own (when no state change goes with it). */
    public void write(OutboxRecord record) {
        outbox.table().create(document(record));
    }

    private Document document(OutboxRecord record) {
        check(record);
        OutboxRecord fresh = new OutboxRecord(record.pk(), record.sk(), record.operation(), record.idempotencyKey(),
                record.requestedState(), OutboxStatus.PENDING, 0,
                record.nextAttemptAt().equals(Instant.EPOCH) ? clock.instant() : record.nextAttemptAt(), null, null,
                null, null, null);
        return OutboxItems.toDocument(fresh);
    }

    private static void check(OutboxRecord record) {
        String id = record.pk() + "/" + record.sk();
        require(!record.pk().isBlank() && !record.sk().isBlank(), id, "needs a PK and an SK");
        require(!record.operation().isBlank(), id, "needs an operation naming the side effect");
        require(!record.idempotencyKey().isBlank(), id,
                "needs an idempotency key the external system can deduplicate on");
        for (Map.Entry<String, String> field : Map.of("operation", record.operation(), "idempotencyKey",
                record.idempotencyKey(), "requestedState", record.requestedState(), "SK", record.sk()).entrySet()) {
            require(field.getValue().length() <= MAX_TEXT, id, field.getKey() + " is longer than " + MAX_TEXT
                    + " characters; store a reference to large payloads instead");
            SecretScreen.finding(field.getValue()).ifPresent(what -> {
                throw new UnsafeOutboxRecordException(Outbox.MODEL_NAME, "Outbox record " + id + ": "
                        + field.getKey() + " seems to contain " + what + "; outbox rows must never hold secrets, "
                        + "credentials or key material; store a reference (an ARN, a secret name) instead");
            });
        }
    }

    private static void require(boolean ok, String id, String problem) {
        if (!ok) {
            throw new UnsafeOutboxRecordException(Outbox.MODEL_NAME, "Outbox record " + id + " " + problem);
        }
    }
}
