package com.theorycloud.tabletheory.spring.boot.observation;

import com.theorycloud.tabletheory.operation.Operation;
import com.theorycloud.tabletheory.operation.OperationInterceptor;
import com.theorycloud.tabletheory.Table;
import com.theorycloud.tabletheory.TableNameResolver;
import com.theorycloud.tabletheory.TableTheory;
import com.theorycloud.tabletheory.error.ConditionFailedException;
import com.theorycloud.tabletheory.error.MissingPrimaryKeyException;
import com.theorycloud.tabletheory.local.LocalDynamoDb;
import com.theorycloud.tabletheory.ItemCodecs;
import com.theorycloud.tabletheory.spring.boot.fixtures.orders.Order;
import io.micrometer.common.KeyValue;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Engine operations on the local DynamoDB, observed with a test registry. */
class ObservationOperationInterceptorTests {

    private static final LocalDynamoDb LOCAL = LocalDynamoDb.shared();

    private final TestObservationRegistry registry = TestObservationRegistry.create();

    private final String prefix = LOCAL.uniqueTableName("observed") + "-";

    private final TableTheory engine = TableTheory.builder()
        .client(LOCAL.client())
        .tableNameResolver(TableNameResolver.prefix(prefix))
        .interceptor(new ObservationOperationInterceptor(registry))
        .build();

    private final Table<Order> orders = engine.table(ItemCodecs.forClass(Order.class));

    @AfterEach
    void dropTable() {
        engine.deleteTableIfExists(orders.schema());
    }

    @Test
    void observesASuccessfulWriteWithLowCardinalityTagsOnly() {
        engine.ensureTable(orders.schema());

        orders.create(new Order("ORDER#1", "V1", "new", 0));

        assertThat(registry).hasNumberOfObservationsEqualTo(1)
            .hasSingleObservationThat()
            .hasNameEqualTo("tabletheory.operation")
            .hasContextualNameEqualTo("tabletheory create " + prefix + "orders")
            .hasBeenStarted()
            .hasBeenStopped()
            .doesNotHaveError()
            .hasLowCardinalityKeyValue("model", "Order")
            .hasLowCardinalityKeyValue("table", prefix + "orders")
            .hasLowCardinalityKeyValue("operation", "create")
            .hasLowCardinalityKeyValue("index", "none")
            .hasLowCardinalityKeyValue("outcome", "success")
            .satisfies((context) -> assertThat(context.getAllKeyValues()).extracting(KeyValue::getValue)
                .doesNotContain("ORDER#1", "V1", "new"));
    }

    @Test
    void observesAFailedOperationWithItsErrorCodeAndException() {
        engine.ensureTable(orders.schema());
        orders.create(new Order("ORDER#1", "V1", "new", 0));

        assertThatExceptionOfType(ConditionFailedException.class)
            .isThrownBy(() -> orders.create(new Order("ORDER#1", "V1", "again", 0)));

        assertThat(registry).hasNumberOfObservationsWithNameEqualTo("tabletheory.operation", 2)
            .hasAnObservation((observation) -> observation.hasLowCardinalityKeyValue("outcome", "ErrConditionFailed")
                .hasError());
    }

    @Test
    void observesOperationsRejectedBeforeAnyCall() {
        assertThatExceptionOfType(MissingPrimaryKeyException.class)
            .isThrownBy(() -> orders.create(new Order("ORDER#1", null, "new", 0)));

        assertThat(registry).hasSingleObservationThat()
            .hasLowCardinalityKeyValue("operation", "create")
            .hasLowCardinalityKeyValue("outcome", "ErrMissingPrimaryKey")
            .hasError();
    }

    @Test
    void usesACustomConvention() {
        TableTheory custom = TableTheory.builder()
            .client(LOCAL.client())
            .interceptor(new ObservationOperationInterceptor(registry, new DefaultTableTheoryObservationConvention() {
                @Override
                public String getName() {
                    return "orders.storage";
                }
            }))
            .build();

        assertThatExceptionOfType(MissingPrimaryKeyException.class)
            .isThrownBy(() -> custom.table(ItemCodecs.forClass(Order.class))
                .create(new Order("ORDER#1", null, "new", 0)));

        assertThat(registry).hasSingleObservationThat().hasNameEqualTo("orders.storage");
    }

    @Test
    void doesNothingWithANoopRegistry() {
        ObservationOperationInterceptor interceptor = new ObservationOperationInterceptor(ObservationRegistry.NOOP);

        assertThat(interceptor.begin("Order", "orders", Operation.GET, null))
            .isSameAs(OperationInterceptor.Invocation.NONE);
    }
}
