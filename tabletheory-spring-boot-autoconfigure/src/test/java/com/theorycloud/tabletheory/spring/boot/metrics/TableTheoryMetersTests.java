package com.theorycloud.tabletheory.spring.boot.metrics;

import java.util.List;
import java.util.Map;

import com.theorycloud.tabletheory.operation.Operation;
import com.theorycloud.tabletheory.operation.OperationEvent;
import com.theorycloud.tabletheory.operation.OperationInterceptor;
import com.theorycloud.tabletheory.Table;
import com.theorycloud.tabletheory.TableNameResolver;
import com.theorycloud.tabletheory.TableTheory;
import com.theorycloud.tabletheory.batch.BatchIncompleteException;
import com.theorycloud.tabletheory.error.ConditionFailedException;
import com.theorycloud.tabletheory.error.VersionConflictException;
import com.theorycloud.tabletheory.local.LocalDynamoDb;
import com.theorycloud.tabletheory.ItemCodecs;
import com.theorycloud.tabletheory.spring.boot.fixtures.orders.Order;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The engine's meters, fed by real operations on the local DynamoDB. */
class TableTheoryMetersTests {

    private static final LocalDynamoDb LOCAL = LocalDynamoDb.shared();

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    private final TableTheoryMeters meters = new TableTheoryMeters(registry);

    private final String prefix = LOCAL.uniqueTableName("metered") + "-";

    private final TableTheory engine = TableTheory.builder()
        .client(LOCAL.client())
        .tableNameResolver(TableNameResolver.prefix(prefix))
        .listener(meters)
        .build();

    private final Table<Order> orders = engine.table(ItemCodecs.forClass(Order.class));

    @AfterEach
    void dropTable() {
        engine.deleteTableIfExists(orders.schema());
    }

    @Test
    void countsConditionFailuresAndVersionConflictsSeparately() {
        engine.ensureTable(orders.schema());
        Order stored = orders.create(new Order("ORDER#1", "V1", "new", 0));
        orders.update(stored);

        assertThatExceptionOfType(ConditionFailedException.class)
            .isThrownBy(() -> orders.create(new Order("ORDER#1", "V1", "again", 0)));
        assertThatExceptionOfType(VersionConflictException.class).isThrownBy(() -> orders.update(stored));

        assertThat(count(TableTheoryMeters.CONDITION_FAILURES, "create")).isEqualTo(1);
        assertThat(count(TableTheoryMeters.CONDITION_FAILURES, "update")).isEqualTo(1);
        assertThat(count(TableTheoryMeters.VERSION_CONFLICTS, "update")).isEqualTo(1);
        assertThat(count(TableTheoryMeters.VERSION_CONFLICTS, "create")).isZero();
    }

    @Test
    void recordsConsumedCapacityPerOperation() {
        engine.ensureTable(orders.schema());
        orders.create(new Order("ORDER#1", "V1", "new", 0));

        DistributionSummary capacity = registry.get(TableTheoryMeters.CONSUMED_CAPACITY)
            .tags("model", "Order", "table", prefix + "orders", "operation", "create")
            .summary();
        assertThat(capacity.count()).isEqualTo(1);
        assertThat(capacity.totalAmount()).isPositive();
        assertThat(capacity.getId().getBaseUnit()).isEqualTo("capacity.units");
    }

    @Test
    void countsTheItemsAFailedBatchLeftUnprocessed() {
        BatchIncompleteException incomplete = new BatchIncompleteException("Order", "2 writes left",
                List.of(Map.of("PK", AttributeValue.fromS("ORDER#1"))), List.of(Map.of("PK",
                        AttributeValue.fromS("ORDER#2"))), List.of());
        OperationEvent failed = new OperationEvent("Order", "orders", Operation.BATCH_WRITE, null,
                BatchIncompleteException.CODE, 1_000, null);

        meters.begin("Order", "orders", Operation.BATCH_WRITE, null).end(failed, incomplete);

        assertThat(registry.get(TableTheoryMeters.UNPROCESSED_ITEMS).tag("operation", "batch_write").counter().count())
            .isEqualTo(2);
        assertThat(meters.begin("Order", "orders", Operation.PUT, null)).isSameAs(OperationInterceptor.Invocation.NONE);
    }

    @Test
    void countsUnprocessedBatchItemsReportedThroughTheHook() {
        meters.recordUnprocessedItems("Order", "orders", Operation.BATCH_WRITE, 3);
        meters.recordUnprocessedItems("Order", "orders", Operation.BATCH_WRITE, 0);

        assertThat(registry.get(TableTheoryMeters.UNPROCESSED_ITEMS).tag("operation", "batch_write").counter().count())
            .isEqualTo(3);
    }

    @Test
    void tagsWithModelTableAndOperationOnly() {
        engine.ensureTable(orders.schema());
        orders.create(new Order("ORDER#1", "V1", "new", 0));

        for (Meter meter : registry.getMeters()) {
            assertThat(meter.getId().getTags()).extracting(Tag::getKey)
                .containsExactlyInAnyOrder("model", "table", "operation");
        }
    }

    private double count(String name, String operation) {
        return registry.get(name).tags("model", "Order", "operation", operation).counter().count();
    }
}
