package com.theorycloud.tabletheory.spring.data.sample;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import com.theorycloud.tabletheory.TableNameResolver;
import com.theorycloud.tabletheory.TableTheory;
import com.theorycloud.tabletheory.local.LocalDynamoDb;
import com.theorycloud.tabletheory.spring.data.core.mapping.TableTheoryMappingContext;

/** Engines on the shared local DynamoDB whose tables get a unique prefix, with a clock tests can move. */
public final class TestEngines {

    private TestEngines() {
    }

    /** An engine whose model tables are created on first use under a unique prefix. */
    public static TableTheory engine(SettableClock clock, Class<?>... models) {
        LocalDynamoDb local = LocalDynamoDb.shared();
        String prefix = local.uniqueTableName("sd") + "-";
        TableTheory engine = TableTheory.builder().client(local.client()).clock(clock)
                .tableNameResolver(TableNameResolver.prefix(prefix)).build();
        TableTheoryMappingContext context = new TableTheoryMappingContext();
        for (Class<?> model : models) {
            engine.ensureTable(context.entity(model).schema());
        }
        return engine;
    }

    /** Deletes the tables of the given models. */
    public static void drop(TableTheory engine, Class<?>... models) {
        TableTheoryMappingContext context = new TableTheoryMappingContext();
        for (Class<?> model : models) {
            engine.deleteTableIfExists(context.entity(model).schema());
        }
    }

    /** A clock standing still at a settable instant, so lifecycle timestamps are predictable. */
    public static final class SettableClock extends Clock {
        private volatile Instant now;

        /** A clock at the given instant. */
        public SettableClock(Instant start) {
            this.now = start;
        }

        /** Moves the clock. */
        public void set(Instant instant) {
            this.now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
