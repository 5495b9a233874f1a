package com.theorycloud.tabletheory.outbox;

import com.theorycloud.tabletheory.SettableClock;

import com.theorycloud.tabletheory.TableTheory;
import com.theorycloud.tabletheory.local.LocalDynamoDb;
import com.theorycloud.tabletheory.transaction.TransactWrite;
import java.time.Instant;

/** A fresh outbox table on the local DynamoDB whose clock tests control. */
final class OutboxFixture {

    final SettableClock clock = new SettableClock(Instant.parse("2026-04-24T19:00:00Z"));
    final TableTheory engine;
    final Outbox outbox;

    OutboxFixture() {
        String name = LocalDynamoDb.shared().uniqueTableName("outbox");
        engine = TableTheory.builder().client(LocalDynamoDb.shared().client()).clock(clock)
                .tableNameResolver(schema -> name).build();
        outbox = Outbox.in(engine, "outbox");
        outbox.ensureTable();
    }

    void drop() {
        engine.deleteTableIfExists(outbox.schema());
    }

    static OutboxRecord record(String id, String operation) {
        return OutboxRecord.pending("SCOPE#test", "OUTBOX#" + id).operation(operation).idempotencyKey("key-" + id)
                .requestedState("active").build();
    }

    /**
     * Writes many due records, 100 per transaction (batch puts are refused: they could overwrite the protected
     * operation and idempotency key of an existing record).
     */
    void writeMany(String prefix, int count, String operation) {
        OutboxWriter writer = outbox.writer();
        TransactWrite tx = engine.transactWrite();
        for (int i = 0; i < count; i++) {
            writer.add(tx, OutboxRecord.pending("SCOPE#" + prefix, String.format("OUTBOX#%05d", i))
                    .operation(operation).idempotencyKey(prefix + "-" + i).requestedState("active").build());
            if (tx.size() == TransactWrite.MAX_ACTIONS) {
                tx.execute();
                tx = engine.transactWrite();
            }
        }
        if (tx.size() > 0) {
            tx.execute();
        }
    }
}
