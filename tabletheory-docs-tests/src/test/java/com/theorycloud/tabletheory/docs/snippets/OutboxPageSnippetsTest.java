package com.theorycloud.tabletheory.docs.snippets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.theorycloud.tabletheory.Key;
import com.theorycloud.tabletheory.Table;
import com.theorycloud.tabletheory.TableTheory;
import com.theorycloud.tabletheory.annotation.PartitionKey;
import com.theorycloud.tabletheory.annotation.SortKey;
import com.theorycloud.tabletheory.annotation.TableTheoryModel;
import com.theorycloud.tabletheory.error.IdempotencyKeyMismatchException;
import com.theorycloud.tabletheory.error.LeaseHeldException;
import com.theorycloud.tabletheory.error.UnsafeOutboxRecordException;
import com.theorycloud.tabletheory.lease.IdempotencyOutcome;
import com.theorycloud.tabletheory.lease.IdempotencyRecords;
import com.theorycloud.tabletheory.lease.Lease;
import com.theorycloud.tabletheory.lease.LeaseKey;
import com.theorycloud.tabletheory.lease.Leases;
import com.theorycloud.tabletheory.outbox.Outbox;
import com.theorycloud.tabletheory.outbox.OutboxBacklog;
import com.theorycloud.tabletheory.outbox.OutboxReconciler;
import com.theorycloud.tabletheory.outbox.OutboxRecord;
import com.theorycloud.tabletheory.outbox.OutboxRelay;
import com.theorycloud.tabletheory.outbox.OutboxStatus;
import com.theorycloud.tabletheory.transaction.TransactWrite;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The snippets of docs/outbox.md, run against the local DynamoDB. */
class OutboxPageSnippetsTest {

    private static TableTheory engine;
    private static Outbox outbox;
    private static Table<Order> orders;

    private final Mailer mailer = new Mailer();
    private final Aliases aliases = new Aliases();
    private final Map<String, Double> gauges = new ConcurrentHashMap<>();
    private String health = "unknown";

    @BeforeAll
    static void createTables() {
        engine = DocsDb.engine();
        // region create
        Outbox outbox = Outbox.in(engine, "release_state");
        outbox.ensureTable();
        // endregion
        OutboxPageSnippetsTest.outbox = outbox;
        orders = DocsDb.table(engine, Order.class);
    }

    @Test
    void aRecordCommitsWithTheStateChangeAndTheRelayDeliversIt() throws InterruptedException {
        Order read = orders.create(new Order("ORDER#1", "ORDER", "NEW", null, 0));
        Order paid = new Order(read.PK(), read.SK(), "PAID", read.createdAt(), read.version());
        // region record
        TransactWrite tx = engine.transactWrite().update(orders, paid, "status");
        outbox.writer().add(tx, OutboxRecord.pending("ORDER#1", "OUTBOX#receipt")
                .operation("send_receipt").idempotencyKey("ORDER#1:receipt").requestedState("PAID").build());
        tx.execute();
        // endregion
        assertThat(orders.get(Key.of("ORDER#1", "ORDER")).status()).isEqualTo("PAID");
        assertThat(outbox.find("ORDER#1", "OUTBOX#receipt")).get().extracting(OutboxRecord::status)
                .isEqualTo(OutboxStatus.PENDING);

        // region relay
        OutboxRelay relay = OutboxRelay.builder(outbox)
                .handler("send_receipt", delivery -> mailer.send(delivery.requestedState(), delivery.idempotencyKey()))
                .handler("lambda_alias_update", delivery -> aliases.flip(delivery.requestedState(), delivery.idempotencyKey()))
                .pollInterval(Duration.ofSeconds(1))
                .batchSize(25)
                .leaseTime(Duration.ofSeconds(30))
                .maxAttempts(8)
                .backoff(Duration.ofSeconds(1), Duration.ofMinutes(5))
                .concurrency(4)
                .build();
        relay.start();
        // on shutdown: relay.close();  (stops polling, lets in-flight dispatches finish)
        // endregion
        try {
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (outbox.find("ORDER#1", "OUTBOX#receipt").orElseThrow().status() != OutboxStatus.DONE
                    && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
        } finally {
            relay.close();
        }
        assertThat(outbox.find("ORDER#1", "OUTBOX#receipt").orElseThrow().status()).isEqualTo(OutboxStatus.DONE);
        assertThat(mailer.sent).containsExactly("PAID:ORDER#1:receipt");
        assertThat(relay.running()).isFalse();
    }

    @Test
    void theWriterRefusesSecrets() {
        TransactWrite tx = engine.transactWrite();
        assertThatThrownBy(() -> outbox.writer().add(tx, OutboxRecord.pending("ORDER#2", "OUTBOX#key")
                .operation("send_receipt").idempotencyKey("ORDER#2:key").requestedState("AKIAIOSFODNN7EXAMPLE")
                .build())).isInstanceOf(UnsafeOutboxRecordException.class)
                .hasMessageContaining("requestedState seems to contain an AWS access key id");
        assertThat(tx.size()).isZero();
    }

    @Test
    void backlogGaugesAndReconciliation() {
        Instant longAgo = Instant.now().minus(Duration.ofHours(1));
        outbox.writer().write(OutboxRecord.pending("RELEASE#applied", "OUTBOX#lambda-alias#rel_002")
                .operation("lambda_alias_update").idempotencyKey("applied").requestedState("rel_002")
                .nextAttemptAt(longAgo).build());
        outbox.writer().write(OutboxRecord.pending("RELEASE#missed", "OUTBOX#lambda-alias#rel_003")
                .operation("lambda_alias_update").idempotencyKey("missed").requestedState("rel_003")
                .nextAttemptAt(longAgo).build());
        aliases.current.put("applied", "rel_002");
        aliases.current.put("missed", "rel_001");

        // region backlog
        OutboxBacklog backlog = outbox.backlog();
        gauge("outbox.pending", backlog.pending());
        gauge("outbox.due", backlog.due());
        gauge("outbox.dead", backlog.dead());
        gauge("outbox.oldest_due_seconds", backlog.oldestDueAge().toSeconds());
        health(backlog.healthy() ? UP : DEGRADED);
        // endregion
        assertThat(gauges.get("outbox.due")).isGreaterThanOrEqualTo(2.0);
        assertThat(health).isEqualTo(DEGRADED);
        assertThat(gauges.get("outbox.oldest_due_seconds")).isGreaterThanOrEqualTo(3599.0);

        // region reconcile
        OutboxReconciler reconciler = OutboxReconciler.of(outbox);
        int redriven = reconciler.reconcile(Duration.ofMinutes(15), 100, stuck ->
                aliases.current(stuck.idempotencyKey()).equals(stuck.requestedState())
                        ? OutboxReconciler.Verdict.LEAVE      // already applied: append an event saying so
                        : OutboxReconciler.Verdict.REDRIVE);  // due now, fresh attempt budget
        // endregion
        assertThat(redriven).isEqualTo(1);
        assertThat(outbox.find("RELEASE#missed", "OUTBOX#lambda-alias#rel_003").orElseThrow().nextAttemptAt())
                .isAfter(longAgo.plus(Duration.ofMinutes(59)));
        assertThat(outbox.find("RELEASE#applied", "OUTBOX#lambda-alias#rel_002").orElseThrow().nextAttemptAt())
                .isEqualTo(longAgo.truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
    }

    // ---- leases and idempotency records: the lock-row layout of the other runtimes --------------------------------

    @TableTheoryModel(table = "isr_cache")
    record LockRow(@PartitionKey String pk, @SortKey String sk) {
    }

    @TableTheoryModel(table = "isr_cache")
    record CacheMeta(@PartitionKey String pk, @SortKey String sk, String html) {
    }

    private static final String TABLE = DocsDb.LOCAL.uniqueTableName("isr");
    private final TableTheory isr = TableTheory.builder().client(DocsDb.LOCAL.client())
            .tableNameResolver(schema -> TABLE).build();
    private final List<String> regenerated = new CopyOnWriteArrayList<>();
    private final List<String> served = new ArrayList<>();

    @Test
    void aLeaseGuardsPublishingAndIdempotencyRecordsShortCircuitRetries() {
        isr.ensureTable(isr.table(LockRow.class).schema());
        DynamoDbClient client = DocsDb.LOCAL.client();
        TableTheory engine = isr;
        Table<LockRow> lockRows = isr.table(LockRow.class);
        Table<CacheMeta> meta = isr.table(CacheMeta.class);
        CacheMeta freshMeta = new CacheMeta("ISR#tenant#/pricing", "META", "<p>fresh</p>");

        String cacheTable = TABLE;
        // region lease
        Leases leases = Leases.builder(client, cacheTable).build();
        Lease lease = leases.acquire(LeaseKey.lock("ISR#tenant#/pricing"), Duration.ofSeconds(30)); // LeaseHeldException if taken
        try {
            regenerate();
            lease = leases.refresh(lease, Duration.ofSeconds(30));                                  // LeaseNotOwnedException if lost
            engine.transactWrite()
                    .conditionCheck(lockRows, Key.of(lease.key().pk(), lease.key().sk()), leases.stillOwned(lease))
                    .put(meta, freshMeta)
                    .execute();                                                                      // a stale worker cannot publish
        } finally {
            leases.release(lease);                                                                   // best effort, owner only
        }
        // endregion
        assertThat(meta.get(Key.of("ISR#tenant#/pricing", "META")).html()).isEqualTo("<p>fresh</p>");
        Leases other = Leases.builder(client, cacheTable).build();
        Lease held = leases.acquire(LeaseKey.lock("ISR#tenant#/pricing"), Duration.ofSeconds(30));
        assertThatThrownBy(() -> other.acquire(LeaseKey.lock("ISR#tenant#/pricing"), Duration.ofSeconds(30)))
                .isInstanceOf(LeaseHeldException.class).hasMessageContaining("is held by another owner");
        leases.release(held);

        String tenant = "tenant";
        String cacheKey = "/pricing";
        String deployId = "deploy-7";
        String requestId = "req-" + UUID.randomUUID();
        for (int call = 0; call < 3; call++) {
            // region idempotency
            IdempotencyRecords requests = IdempotencyRecords.builder(client, cacheTable).build();
            String hash = IdempotencyRecords.hash(tenant, cacheKey, deployId);
            IdempotencyOutcome outcome = requests.begin("ISR#" + tenant + "#" + cacheKey, requestId, hash, Duration.ofHours(6));
            switch (outcome.state()) {
                case BEGUN -> requests.complete("ISR#" + tenant + "#" + cacheKey, requestId, hash, regenerate());
                case IN_PROGRESS -> serveStale();
                case COMPLETED -> serve(outcome.result());
            }
            // endregion
        }
        assertThat(regenerated).hasSize(2);
        assertThat(served).containsExactly("s3://cache/pricing-2.html", "s3://cache/pricing-2.html");
        IdempotencyRecords requests = IdempotencyRecords.builder(client, cacheTable).build();
        assertThatThrownBy(() -> requests.begin("ISR#" + tenant + "#" + cacheKey, requestId,
                IdempotencyRecords.hash(tenant, cacheKey, "deploy-8"), Duration.ofHours(6)))
                .isInstanceOf(IdempotencyKeyMismatchException.class).hasMessageContaining("was used before with different inputs");
    }

    // ---- the page's stand-ins for the application -----------------------------------------------------------------

    private static final String UP = "UP";
    private static final String DEGRADED = "DEGRADED";

    private void gauge(String name, double value) {
        gauges.put(name, value);
    }

    private void health(String status) {
        health = status;
    }

    private String regenerate() {
        regenerated.add("regenerated");
        return "s3://cache/pricing-" + regenerated.size() + ".html";
    }

    private void serveStale() {
        served.add("stale");
    }

    private void serve(@Nullable String result) {
        served.add(result);
    }

    static final class Mailer {
        final List<String> sent = new CopyOnWriteArrayList<>();

        void send(String state, String idempotencyKey) {
            sent.add(state + ":" + idempotencyKey);
        }
    }

    static final class Aliases {
        final Map<String, String> current = new ConcurrentHashMap<>();

        void flip(String state, String idempotencyKey) {
            current.put(idempotencyKey, state);
        }

        String current(String idempotencyKey) {
            return current.getOrDefault(idempotencyKey, "");
        }
    }
}
