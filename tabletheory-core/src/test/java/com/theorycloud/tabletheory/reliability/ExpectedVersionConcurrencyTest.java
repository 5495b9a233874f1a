package com.theorycloud.tabletheory.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.theorycloud.tabletheory.Key;
import com.theorycloud.tabletheory.Table;
import com.theorycloud.tabletheory.error.VersionConflictException;
import com.theorycloud.tabletheory.expression.Update;
import com.theorycloud.tabletheory.reliability.ConcurrentWriters.Counter;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Many writers on one item through the update builder with {@code expectVersion}: no increment may be lost, and every
 * refused one is a typed version conflict. Each run makes a fixed number of ATTEMPTS (8 threads x 500) and counts the successes, so its
 * duration is bounded; the figures are printed for docs/reliability.md.
 */
class ExpectedVersionConcurrencyTest {

    private static Table<Counter> counters;

    @BeforeAll
    static void createTable() {
        counters = ConcurrentWriters.createCounterTable("expected_counters");
    }

    @AfterAll
    static void dropTable() {
        ConcurrentWriters.dropCounterTable(counters);
    }

    @Test
    void refusesStaleIncrementsOfTheUpdateBuilderWithExpectedVersion() throws Exception {
        counters.create(new Counter("COUNTER#expected", "A", 0, 0));
        Key key = Key.of("COUNTER#expected", "A");
        AtomicLong successes = new AtomicLong();
        AtomicLong conflicts = new AtomicLong();
        List<Throwable> unexpected = new java.util.concurrent.CopyOnWriteArrayList<>();

        long elapsed = ConcurrentWriters.runConcurrently(() -> {
            for (int i = 0; i < ConcurrentWriters.ATTEMPTS_PER_THREAD; i++) {
                long version = counters.get(key).version();
                try {
                    counters.update(key, Update.create().increment("counter").expectVersion(version));
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
        assertThat(successes.get() + conflicts.get()).isEqualTo((long) ConcurrentWriters.THREADS * ConcurrentWriters.ATTEMPTS_PER_THREAD);
        assertThat(stored.counter()).isEqualTo(successes.get());
        assertThat(stored.version()).isEqualTo(successes.get());
        ConcurrentWriters.report("update(key, Update.increment.expectVersion)", successes.get(), conflicts.get(), elapsed);
    }


}
