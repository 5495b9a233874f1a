package com.theorycloud.tabletheory.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.theorycloud.tabletheory.Key;
import com.theorycloud.tabletheory.Table;
import com.theorycloud.tabletheory.expression.Update;
import com.theorycloud.tabletheory.reliability.ConcurrentWriters.Counter;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Many writers on one item through the update builder's atomic increment: every increment must count. Each run makes a fixed number of ATTEMPTS (8 threads x 500) and counts the successes, so its
 * duration is bounded; the figures are printed for docs/reliability.md.
 */
class UpdateBuilderConcurrencyTest {

    private static Table<Counter> counters;

    @BeforeAll
    static void createTable() {
        counters = ConcurrentWriters.createCounterTable("builder_counters");
    }

    @AfterAll
    static void dropTable() {
        ConcurrentWriters.dropCounterTable(counters);
    }

    @Test
    void countsEveryIncrementOfTheUpdateBuilder() throws Exception {
        counters.create(new Counter("COUNTER#atomic", "A", 0, 0));
        Key key = Key.of("COUNTER#atomic", "A");
        AtomicLong successes = new AtomicLong();
        List<Throwable> unexpected = new java.util.concurrent.CopyOnWriteArrayList<>();

        long elapsed = ConcurrentWriters.runConcurrently(() -> {
            for (int i = 0; i < ConcurrentWriters.ATTEMPTS_PER_THREAD; i++) {
                try {
                    counters.update(key, Update.create().increment("counter"));
                    successes.incrementAndGet();
                } catch (RuntimeException e) {
                    unexpected.add(e);
                }
            }
            return null;
        });

        Counter stored = counters.get(key);
        assertThat(unexpected).isEmpty();
        assertThat(successes.get()).isEqualTo((long) ConcurrentWriters.THREADS * ConcurrentWriters.ATTEMPTS_PER_THREAD);
        assertThat(stored.counter()).isEqualTo(successes.get());
        // The engine increments the version on every update, checked or not.
        assertThat(stored.version()).isEqualTo(successes.get());
        ConcurrentWriters.report("update(key, Update.increment) without version check", successes.get(), 0, elapsed);
    }


}
