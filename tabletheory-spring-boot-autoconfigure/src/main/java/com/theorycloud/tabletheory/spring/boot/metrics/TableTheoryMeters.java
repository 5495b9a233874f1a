package com.theorycloud.tabletheory.spring.boot.metrics;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.theorycloud.tabletheory.operation.Operation;
import com.theorycloud.tabletheory.operation.OperationEvent;
import com.theorycloud.tabletheory.operation.OperationInterceptor;
import com.theorycloud.tabletheory.operation.OperationListener;
import com.theorycloud.tabletheory.batch.BatchIncompleteException;
import com.theorycloud.tabletheory.error.ConditionFailedException;
import com.theorycloud.tabletheory.error.VersionConflictException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import org.jspecify.annotations.Nullable;

/**
 * Counts what the engine reports after each operation: conditional-check failures (version conflicts included),
 * version conflicts alone, consumed capacity, and the items a batch call left unprocessed. Tags are {@code model},
 * {@code table} and {@code operation}; never key or attribute values. Register it with
 * {@code TableTheory.builder().listener(meters).interceptor(meters)}: as listener it counts the outcomes, as
 * interceptor the unprocessed items of failed batches (they travel in the exception). The Spring Boot
 * auto-configuration does both for you.
 */
public final class TableTheoryMeters implements OperationListener, OperationInterceptor {

    /** Conditional writes whose condition did not hold, version conflicts included. */
    public static final String CONDITION_FAILURES = "tabletheory.condition.failures";

    /** Optimistic-locking failures: the stored version was not the expected one. */
    public static final String VERSION_CONFLICTS = "tabletheory.version.conflicts";

    /** Capacity units DynamoDB reported per operation. */
    public static final String CONSUMED_CAPACITY = "tabletheory.consumed.capacity";

    /** Items a batch call left unprocessed after its retries. */
    public static final String UNPROCESSED_ITEMS = "tabletheory.batch.unprocessed.items";

    private final MeterRegistry registry;
    private final Map<Key, Meters> meters = new ConcurrentHashMap<>();
    private final Invocation batchOutcome = this::recordUnprocessedItems;

    /**
     * Creates the meters.
     *
     * @param registry where they are registered
     */
    public TableTheoryMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void onOperation(OperationEvent event) {
        Meters forOperation = meters(event.modelName(), event.tableName(), event.operation());
        String code = event.errorCode();
        if (ConditionFailedException.CODE.equals(code)) {
            forOperation.conditionFailures.increment();
        }
        else if (VersionConflictException.VERSION_CONFLICT_CODE.equals(code)) {
            forOperation.conditionFailures.increment();
            forOperation.versionConflicts.increment();
        }
        Double capacity = event.consumedCapacity();
        if (capacity != null) {
            forOperation.consumedCapacity.record(capacity);
        }
    }

    @Override
    public Invocation begin(String modelName, String tableName, Operation operation, @Nullable String indexName) {
        // Only batches can leave items unprocessed; everything else needs no per-call work.
        return (operation == Operation.BATCH_GET || operation == Operation.BATCH_WRITE) ? batchOutcome
                : Invocation.NONE;
    }

    private void recordUnprocessedItems(OperationEvent event, @Nullable Throwable error) {
        if (error instanceof BatchIncompleteException incomplete) {
            recordUnprocessedItems(event.modelName(), event.tableName(), event.operation(),
                    incomplete.unprocessedCount());
        }
    }

    /**
     * Records items a batch operation could not process; called for batches that fail with
     * {@link BatchIncompleteException}, and open to batch code of your own.
     *
     * @param modelName the model
     * @param tableName the resolved table name
     * @param operation {@link Operation#BATCH_GET} or {@link Operation#BATCH_WRITE}
     * @param count how many items were left unprocessed
     */
    public void recordUnprocessedItems(String modelName, String tableName, Operation operation, int count) {
        if (count > 0) {
            meters(modelName, tableName, operation).unprocessedItems.increment(count);
        }
    }

    private Meters meters(String modelName, String tableName, Operation operation) {
        return meters.computeIfAbsent(new Key(modelName, tableName, operation), this::register);
    }

    private Meters register(Key key) {
        Tags tags = Tags.of("model", key.modelName(), "table", key.tableName(), "operation",
                key.operation().name().toLowerCase(Locale.ROOT));
        return new Meters(
                Counter.builder(CONDITION_FAILURES).description("Conditional writes whose condition did not hold")
                    .tags(tags).register(registry),
                Counter.builder(VERSION_CONFLICTS).description("Writes refused because the stored version changed")
                    .tags(tags).register(registry),
                DistributionSummary.builder(CONSUMED_CAPACITY).description("Capacity units DynamoDB reported")
                    .baseUnit("capacity.units").tags(tags).register(registry),
                Counter.builder(UNPROCESSED_ITEMS).description("Items a batch call left unprocessed")
                    .tags(tags).register(registry));
    }

    private record Key(String modelName, String tableName, Operation operation) {
    }

    private record Meters(Counter conditionFailures, Counter versionConflicts, DistributionSummary consumedCapacity,
            Counter unprocessedItems) {
    }
}
