package com.theorycloud.tabletheory.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.theorycloud.tabletheory.Key;
import com.theorycloud.tabletheory.Table;
import com.theorycloud.tabletheory.TableTheory;
import com.theorycloud.tabletheory.annotation.PartitionKey;
import com.theorycloud.tabletheory.annotation.SortKey;
import com.theorycloud.tabletheory.annotation.TableTheoryModel;
import com.theorycloud.tabletheory.annotation.Version;
import com.theorycloud.tabletheory.error.VersionConflictException;
import com.theorycloud.tabletheory.local.LocalDynamoDb;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Many writers on one item: optimistic locking must never lose an update, and every refused write must be a typed
 * version conflict. Each run makes a fixed number of ATTEMPTS (8 threads x 500) and counts the successes, so its
 * duration is bounded; the figures are printed for docs/reliability.md.
 */
class OptimisticLockConcurrencyTest {

    private static final int THREADS = 8;
    private static final int ATTEMPTS_PER_THREAD = 500;

    /** A counter guarded by a version. */
    @TableTheoryModel(table = "counters")
    record Counter(@PartitionKey String pk, @SortKey String sk, long counter, @Version long version) {
        Counter incremented() {
            return new Counter(pk, sk, counter + 1, version);
        }
    }

    private static final LocalDynamoDb LOCAL = LocalDynamoDb.shared();
    private static final String TABLE = LOCAL.uniqueTableName("counters");
    private static TableTheory db;
    private static Table<Counter> counters;

    @BeforeAll
    static void createTable() {
        db = TableTheory.builder().client(LOCAL.client()).tableNameResolver(schema -> TABLE).build();
        counters = db.table(Counter.class);
        db.ensureTable(counters.schema());
    }

    @AfterAll
    static void dropTable() {
        db.deleteTableIfExists(counters.schema());
    }

    @Test
    void losesNoUpdateUnderContendedVersionedWrites() throws Exception {
        counters.create(new Counter("COUNTER#versioned", "A", 0, 0));
        Key key = Key.of("COUNTER#versioned", "A");
        AtomicLong successes = new AtomicLong();
        AtomicLong conflicts = new AtomicLong();
        List<Throwable> unexpected = new java.util.concurrent.CopyOnWriteArrayList<>();

        long elapsed = runConcurrently(() -> {
            for (int i = 0; i < ATTEMPTS_PER_THREAD; i++) {
                Counter read = counters.get(key);
                try {
                    counters.update(read.incremented(), "counter");
                    successes.incrementAndGet();
                } catch (VersionConflictException e) {
                    conflicts.incrementAndGet();
                } catch (RuntimeException e) {
                    unexpected.add(e);
                }
            }
            return null;
        });

        Counter stored = counters.get(key);
        assertThat(unexpected).isEmpty();
        assertThat(successes.get() + conflicts.get()).isEqualTo((long) THREADS * ATTEMPTS_PER_THREAD);
        assertThat(successes.get()).isPositive();
        assertThat(stored.counter()).isEqualTo(successes.get());
        assertThat(stored.version()).isEqualTo(successes.get());
        report("update(item, \"counter\") with version check", successes.get(), conflicts.get(), elapsed);
    }

    /** Runs the body on every thread at once and returns the wall time in milliseconds. */
    private static long runConcurrently(Callable<Void> body) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Void>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return body.call();
                }));
            }
            long began = System.nanoTime();
            start.countDown();
            for (Future<Void> future : futures) {
                future.get(60, TimeUnit.SECONDS);
            }
            return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void report(String path, long successes, long conflicts, long millis) {
        long attempts = successes + conflicts;
        System.out.printf("[reliability] %s: %d threads x %d attempts, %d successful, %d version conflicts"
                + " (%.1f %%), %d ms%n", path, THREADS, ATTEMPTS_PER_THREAD, successes, conflicts,
                100.0 * conflicts / attempts, millis);
    }
}
