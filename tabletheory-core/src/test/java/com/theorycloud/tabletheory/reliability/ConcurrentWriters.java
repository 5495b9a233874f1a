package com.theorycloud.tabletheory.reliability;

import com.theorycloud.tabletheory.Table;
import com.theorycloud.tabletheory.TableTheory;
import com.theorycloud.tabletheory.annotation.PartitionKey;
import com.theorycloud.tabletheory.annotation.SortKey;
import com.theorycloud.tabletheory.annotation.TableTheoryModel;
import com.theorycloud.tabletheory.annotation.Version;
import com.theorycloud.tabletheory.local.LocalDynamoDb;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The harness the concurrency tests share: every writer thread starts at once, each makes a fixed number of attempts,
 * and the figures are printed for docs/reliability.md.
 */
final class ConcurrentWriters {

    static final int THREADS = 8;
    static final int ATTEMPTS_PER_THREAD = 500;

    private ConcurrentWriters() {
    }

    /** A counter guarded by a version: the one item every concurrency test contends on. */
    @TableTheoryModel(table = "counters")
    record Counter(@PartitionKey String pk, @SortKey String sk, long counter, @Version long version) {
        Counter incremented() {
            return new Counter(pk, sk, counter + 1, version);
        }
    }

    /** A fresh counter table on the shared local DynamoDB, under a unique name. */
    static Table<Counter> createCounterTable(String baseName) {
        LocalDynamoDb local = LocalDynamoDb.shared();
        String name = local.uniqueTableName(baseName);
        TableTheory db = TableTheory.builder().client(local.client()).tableNameResolver(schema -> name).build();
        Table<Counter> counters = db.table(Counter.class);
        db.ensureTable(counters.schema());
        return counters;
    }

    /** Deletes a table made by {@link #createCounterTable}. */
    static void dropCounterTable(Table<Counter> counters) {
        LocalDynamoDb.shared().client().deleteTable(b -> b.tableName(counters.tableName()));
    }

    /** Runs the body on every thread at once and returns the wall time in milliseconds. */
    static long runConcurrently(Callable<Void> body) throws Exception {
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

    static void report(String path, long successes, long conflicts, long millis) {
        long attempts = successes + conflicts;
        System.out.printf("[reliability] %s: %d threads x %d attempts, %d successful, %d version conflicts"
                + " (%.1f %%), %d ms%n", path, THREADS, ATTEMPTS_PER_THREAD, successes, conflicts,
                100.0 * conflicts / attempts, millis);
    }
}
