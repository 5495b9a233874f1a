package com.theorycloud.tabletheory.outbox;

import com.theorycloud.tabletheory.Key;
import com.theorycloud.tabletheory.Table;
import com.theorycloud.tabletheory.TableTheory;
import com.theorycloud.tabletheory.mapping.Document;
import com.theorycloud.tabletheory.mapping.DocumentItemCodec;
import com.theorycloud.tabletheory.model.ModelSchema;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The outbox table of one engine: the model of {@link OutboxRecord} rows ({@code PK}/{@code SK} keys, the
 * {@code outbox-due} index on {@code outboxStatus} and {@code nextAttemptAt}), where they are written
 * ({@link #writer()}), read ({@link #find}) and counted ({@link #backlog()}). One instance per table; thread-safe.
 *
 * <pre>{@code
 * Outbox outbox = Outbox.in(engine, "release_state");   // may share the release-state table
 * outbox.ensureTable();                                 // or add the index to an existing table
 * }</pre>
 */
public final class Outbox {

    /** The model name of outbox rows. */
    public static final String MODEL_NAME = "OutboxRecord";
    /** The default name of the due-records index. */
    public static final String DEFAULT_INDEX = "outbox-due";

    private final TableTheory engine;
    private final ModelSchema schema;
    private final Table<Document> table;
    private final String indexName;
    private final OutboxStore store;

    private Outbox(TableTheory engine, String tableName, String indexName) {
        this.engine = engine;
        this.schema = OutboxItems.schema(MODEL_NAME, tableName, indexName);
        this.table = engine.table(DocumentItemCodec.of(schema));
        this.indexName = indexName;
        this.store = new OutboxStore(table, indexName);
    }

    /** The outbox stored in the given logical table (resolved by the engine's table-name resolver). */
    public static Outbox in(TableTheory engine, String tableName) {
        return new Outbox(engine, tableName, DEFAULT_INDEX);
    }

    /** The outbox stored in the given logical table, with its own name for the due-records index. */
    public static Outbox in(TableTheory engine, String tableName, String indexName) {
        return new Outbox(engine, tableName, indexName);
    }

    /** The model of outbox rows, for table definitions and DMS export. */
    public ModelSchema schema() {
        return schema;
    }

    /** The outbox rows as documents, for transactions and ad-hoc reads. */
    public Table<Document> table() {
        return table;
    }

    /** The name of the due-records index. */
    public String indexName() {
        return indexName;
    }

    /** Creates the table with its due-records index unless it exists; see {@link TableTheory#ensureTable}. */
    public boolean ensureTable() {
        return engine.ensureTable(schema);
    }

    /** Writes outbox records, alone or inside a transaction. */
    public OutboxWriter writer() {
        return new OutboxWriter(this, engine.clock());
    }

    /** The record with this key, if any. */
    public Optional<OutboxRecord> find(String pk, String sk) {
        return table.find(Key.of(pk, sk)).map(OutboxItems::fromDocument);
    }

    /** A snapshot of pending, due and dead records now, for metrics and health checks. */
    public OutboxBacklog backlog() {
        return backlog(engine.clock());
    }

    /** A snapshot of pending, due and dead records at the clock's time. */
    public OutboxBacklog backlog(Clock clock) {
        Instant now = clock.instant();
        Duration oldestDue = store.earliestDue(now).map(r -> Duration.between(r.nextAttemptAt(), now))
                .orElse(Duration.ZERO);
        Duration oldestDead = store.earliest(OutboxStatus.DEAD).map(r -> Duration.between(r.nextAttemptAt(), now))
                .orElse(Duration.ZERO);
        return new OutboxBacklog(store.count(OutboxStatus.PENDING), store.countDue(now),
                store.count(OutboxStatus.DEAD), oldestDue, oldestDead, now);
    }

    OutboxStore store() {
        return store;
    }
}
