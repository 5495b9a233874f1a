package com.theorycloud.tabletheory.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.theorycloud.tabletheory.TableTheory;
import com.theorycloud.tabletheory.local.LocalDynamoDb;
import com.theorycloud.tabletheory.outbox.Outbox;
import com.theorycloud.tabletheory.outbox.OutboxBacklog;
import com.theorycloud.tabletheory.outbox.OutboxHandler;
import com.theorycloud.tabletheory.outbox.OutboxRecord;
import com.theorycloud.tabletheory.outbox.OutboxRelay;
import com.theorycloud.tabletheory.outbox.OutboxWriter;
import com.theorycloud.tabletheory.transaction.TransactWrite;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The outbox soak: 10,000 records, two relays polling in the background, and 20 times (at delivery numbers drawn
 * from a seeded {@link Random}) the relay performing that delivery crashes. A crash is not a graceful stop: the
 * handler has done its side effect and then the instance dies (an {@link Error} the relay does not catch, and every
 * later dispatch of that instance dies too), so its claimed records are never marked and come back only when their
 * leases run out. The test moves its clock past the lease (an hour) instead of waiting, and replaces the dead
 * instance with a fresh one (new owner id). Every record must be delivered at least once, with its idempotency key
 * deduplicating the repeats, no two relays may deliver one record at the same time, and the backlog must end empty.
 */
class OutboxRelaySoakFaultTest {

    private static final long SEED = 20261125L;
    // About 50 s on two shared cores with dynalite; -Dtabletheory.soak.records=N runs a smaller or larger soak.
    private static final int RECORDS = Integer.getInteger("tabletheory.soak.records", 10_000);
    private static final int STOPS = 20;
    private static final Duration LEASE = Duration.ofHours(1);
    private static final long WAIT_SECONDS = Long.getLong("tabletheory.soak.wait-seconds", 120);

    /** Stands for the relay's process dying; the relay does not catch errors, so nothing is marked. */
    private static final class RelayCrashed extends Error {
        private static final long serialVersionUID = 1L;

        RelayCrashed(String owner) {
            super("relay " + owner + " crashed (simulated)");
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            // The poller thread dies of it and the JVM prints it; a stack trace would only be noise.
            return this;
        }
    }

    /** One relay instance and whether its simulated process is still alive. */
    private final class Instance {
        final String owner;
        final OutboxRelay relay;
        volatile boolean crashed;

        Instance(int number) {
            owner = "soak-" + number;
            relay = OutboxRelay.builder(outbox).owner(owner).clock(clock).leaseTime(LEASE)
                    .pollInterval(Duration.ofMillis(20)).batchSize(100).concurrency(4)
                    .handler("soak", handler(this)).build();
            relay.start();
        }
    }

    /**
     * A clock that moves one millisecond per reading and jumps by hand. It keeps the due index's sort keys apart:
     * dynalite tells index entries with equal index keys apart by only 24 bits of a hash of the table key, so with
     * thousands of records due (or leased until) the same millisecond, some entries overwrite others and those
     * records vanish from the index (5 of 10,000 with a fixed clock). Real DynamoDB has no such limit.
     */
    private static final class TickingClock extends Clock {
        private final AtomicLong millis = new AtomicLong(Instant.parse("2026-11-25T05:00:00Z").toEpochMilli());

        void advance(Duration by) {
            millis.addAndGet(by.toMillis());
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis.incrementAndGet());
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    private final TickingClock clock = new TickingClock();
    private final Map<String, AtomicInteger> deliveriesByKey = new ConcurrentHashMap<>();
    private final Set<String> deliveredIds = ConcurrentHashMap.newKeySet();
    private final Map<String, String> inFlight = new ConcurrentHashMap<>();
    private final List<String> overlaps = new CopyOnWriteArrayList<>();
    private final AtomicLong deliveries = new AtomicLong();
    private final Deque<Long> plannedCrashes = new ArrayDeque<>();
    private final BlockingQueue<Instance> deaths = new LinkedBlockingQueue<>();
    private final List<Long> actualCrashes = new CopyOnWriteArrayList<>();
    private TableTheory engine;
    private Outbox outbox;

    @BeforeEach
    void createTable() {
        String name = LocalDynamoDb.shared().uniqueTableName("outbox-soak");
        engine = TableTheory.builder().client(LocalDynamoDb.shared().client()).clock(clock)
                .tableNameResolver(schema -> name).build();
        outbox = Outbox.in(engine, "outbox");
        outbox.ensureTable();
    }

    @AfterEach
    void dropTable() {
        engine.deleteTableIfExists(outbox.schema());
    }

    private OutboxHandler handler(Instance instance) {
        return delivery -> {
            if (instance.crashed) {
                throw new RelayCrashed(instance.owner);
            }
            String key = delivery.idempotencyKey();
            String other = inFlight.putIfAbsent(key, instance.owner);
            if (other != null) {
                overlaps.add(key + " by " + other + " and " + instance.owner);
            }
            try {
                deliveriesByKey.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
                deliveredIds.add(delivery.record().sk());
                synchronized (plannedCrashes) {
                    long number = deliveries.incrementAndGet();
                    Long next = plannedCrashes.peekFirst();
                    if (next != null && number >= next) {
                        plannedCrashes.removeFirst();
                        actualCrashes.add(number);
                        instance.crashed = true;
                        deaths.add(instance);
                    }
                }
            } finally {
                inFlight.remove(key, instance.owner);
            }
            // The side effect happened, but the process died before the relay could mark the record done.
            if (instance.crashed) {
                throw new RelayCrashed(instance.owner);
            }
        };
    }

    @Test
    void everyRecordIsDeliveredAtLeastOnceAcrossTwentyCrashedRelays() throws Exception {
        long started = System.nanoTime();
        Set<String> writtenKeys = writeRecords();
        long written = System.nanoTime();
        assertThat(outbox.backlog(clock).pending()).as("records the due index returns after writing")
                .isEqualTo(RECORDS);

        Random random = new Random(SEED);
        TreeSet<Long> drawn = new TreeSet<>();
        while (drawn.size() < STOPS) {
            drawn.add(1 + (long) random.nextInt(RECORDS - 1));
        }
        List<Long> crashPoints = new ArrayList<>(drawn);

        synchronized (plannedCrashes) {
            plannedCrashes.addAll(crashPoints);
        }
        int created = 0;
        List<Instance> live = new ArrayList<>(List.of(new Instance(created++), new Instance(created++)));
        List<Instance> all = new ArrayList<>(live);
        try {
            for (int stop = 0; stop < STOPS; stop++) {
                Instance dead = deaths.poll(WAIT_SECONDS, TimeUnit.SECONDS);
                assertThat(dead).as("relay crash %d of %d at delivery %d", stop + 1, STOPS, crashPoints.get(stop))
                        .isNotNull();
                // Only returns the test JVM's threads: a crashed instance's dispatches all die before marking.
                dead.relay.close();
                live.remove(dead);
                // The survivor may have crashed meanwhile (its death is queued); it is never restarted.
                live.removeIf(i -> {
                    if (i.crashed) {
                        i.relay.close();
                    }
                    return i.crashed;
                });
                // The survivor stops gracefully, so jumping past the lease cannot expire a lease it still works on.
                live.forEach(i -> i.relay.stop());
                clock.advance(LEASE.plusSeconds(1));
                live.forEach(i -> i.relay.start());
                while (live.size() < 2) {
                    Instance fresh = new Instance(created++);
                    live.add(fresh);
                    all.add(fresh);
                }
            }
            awaitEmptyBacklog(live);
        } finally {
            all.forEach(i -> i.relay.close());
        }
        long finished = System.nanoTime();

        assertThat(actualCrashes).isEqualTo(crashPoints);
        assertThat(deliveredIds).hasSize(RECORDS);
        assertThat(deliveriesByKey.keySet()).isEqualTo(writtenKeys);
        assertThat(deliveriesByKey.values()).allSatisfy(n -> assertThat(n.get()).isGreaterThanOrEqualTo(1));
        assertThat(overlaps).as("records delivered by two relays at once").isEmpty();
        long total = deliveries.get();
        long duplicates = total - RECORDS;
        long duplicatedKeys = deliveriesByKey.values().stream().filter(n -> n.get() > 1).count();
        assertThat(duplicates).isEqualTo(deliveriesByKey.values().stream().mapToLong(n -> n.get() - 1).sum());
        OutboxBacklog backlog = outbox.backlog(clock);
        assertThat(backlog.pending()).isZero();
        assertThat(backlog.dead()).isZero();

        System.out.printf("[reliability] outbox soak: seed %d, %d records, %d relay crashes at deliveries %s"
                + ", %d relay instances, %d deliveries, %d duplicates on %d keys (deduplicated by"
                + " idempotency key), 0 lost, 0 concurrent, backlog pending %d dead %d; write %.1f s, relay %.1f s,"
                + " total %.1f s%n", SEED, RECORDS, STOPS, actualCrashes, created, total, duplicates,
                duplicatedKeys, backlog.pending(), backlog.dead(), (written - started) / 1e9,
                (finished - written) / 1e9, (finished - started) / 1e9);
    }

    /** Writes the records 100 per transaction (the outbox refuses batch puts) and returns their keys. */
    private Set<String> writeRecords() {
        OutboxWriter writer = outbox.writer();
        Set<String> keys = new HashSet<>();
        TransactWrite tx = engine.transactWrite();
        for (int i = 0; i < RECORDS; i++) {
            String key = "soak-" + i;
            writer.add(tx, OutboxRecord.pending("SCOPE#soak-" + (i % 16), String.format("OUTBOX#%05d", i))
                    .operation("soak").idempotencyKey(key).requestedState("active").build());
            keys.add(key);
            if (tx.size() == TransactWrite.MAX_ACTIONS) {
                tx.execute();
                tx = engine.transactWrite();
            }
        }
        if (tx.size() > 0) {
            tx.execute();
        }
        return keys;
    }

    /**
     * Waits until no record is pending. Every abandoned lease has run out by now, so the live relays redeliver the
     * rest; if they stall (a mark lost to a local hiccup leaves a lease behind), they stop, the clock jumps past
     * the lease and they go on.
     */
    private void awaitEmptyBacklog(List<Instance> live) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        long lastCount = -1;
        long lastProgress = System.nanoTime();
        while (System.nanoTime() < deadline) {
            if (deliveredIds.size() == RECORDS && outbox.backlog(clock).pending() == 0) {
                return;
            }
            long count = deliveries.get();
            if (count != lastCount) {
                lastCount = count;
                lastProgress = System.nanoTime();
            } else if (System.nanoTime() - lastProgress > TimeUnit.SECONDS.toNanos(3)) {
                live.forEach(i -> i.relay.stop());
                clock.advance(LEASE.plusSeconds(1));
                live.forEach(i -> i.relay.start());
                lastProgress = System.nanoTime();
            }
            Thread.sleep(100);
        }
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < RECORDS && missing.size() < 5; i++) {
            String sk = String.format("OUTBOX#%05d", i);
            if (!deliveredIds.contains(sk)) {
                missing.add(String.valueOf(outbox.find("SCOPE#soak-" + (i % 16), sk).orElse(null)));
            }
        }
        throw new AssertionError("after " + WAIT_SECONDS + " s the outbox still had " + outbox.backlog(clock)
                + " and " + (RECORDS - deliveredIds.size()) + " records were never delivered, such as " + missing);
    }
}
