package com.theorycloud.tabletheory.spring.boot.outbox;

import java.util.function.ToDoubleFunction;

import com.theorycloud.tabletheory.outbox.OutboxBacklog;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;

/**
 * The outbox backlog as gauges: {@value #PENDING}, {@value #DUE}, {@value #DEAD} and {@value #OLDEST_DUE_AGE}
 * (seconds), each tagged with the outbox table. A gauge reads NaN while the outbox cannot be read.
 */
public final class OutboxMeters {

    /** Records waiting for an attempt. */
    public static final String PENDING = "tabletheory.outbox.pending";

    /** Pending records whose time has come and that no relay holds. */
    public static final String DUE = "tabletheory.outbox.due";

    /** Records that failed every attempt. */
    public static final String DEAD = "tabletheory.outbox.dead";

    /** How long the longest-waiting due record has been due. */
    public static final String OLDEST_DUE_AGE = "tabletheory.outbox.oldest.due.age";

    private final OutboxBacklogProbe probe;

    /**
     * Creates the gauges' binder.
     *
     * @param probe where the backlog comes from
     */
    public OutboxMeters(OutboxBacklogProbe probe) {
        this.probe = probe;
    }

    /**
     * Registers the gauges.
     *
     * @param registry where the gauges go
     */
    public void bindTo(MeterRegistry registry) {
        String table = probe.outbox().table().tableName();
        gauge(registry, PENDING, "Outbox records waiting for an attempt", table, OutboxBacklog::pending, null);
        gauge(registry, DUE, "Outbox records whose attempt is due and that no relay holds", table, OutboxBacklog::due,
                null);
        gauge(registry, DEAD, "Outbox records that failed every attempt", table, OutboxBacklog::dead, null);
        gauge(registry, OLDEST_DUE_AGE, "How long the longest-waiting due outbox record has been due", table,
                (backlog) -> backlog.oldestDueAge().toMillis() / 1000.0, "seconds");
    }

    private void gauge(MeterRegistry registry, String name, String description, String table,
            ToDoubleFunction<OutboxBacklog> value, @Nullable String baseUnit) {
        Gauge.builder(name, probe, (source) -> read(source, value))
            .description(description)
            .tag("table", table)
            .baseUnit(baseUnit)
            .register(registry);
    }

    private static double read(OutboxBacklogProbe probe, ToDoubleFunction<OutboxBacklog> value) {
        try {
            return value.applyAsDouble(probe.current());
        }
        catch (RuntimeException ex) {
            // A scrape must not fail because DynamoDB is unreachable; the health indicator reports why.
            return Double.NaN;
        }
    }
}
