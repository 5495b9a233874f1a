package com.theorycloud.tabletheory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.theorycloud.tabletheory.annotation.CreatedAt;
import com.theorycloud.tabletheory.annotation.DynamoSet;
import com.theorycloud.tabletheory.annotation.Encrypted;
import com.theorycloud.tabletheory.annotation.OmitEmpty;
import com.theorycloud.tabletheory.annotation.PartitionKey;
import com.theorycloud.tabletheory.annotation.SortKey;
import com.theorycloud.tabletheory.annotation.TableTheoryModel;
import com.theorycloud.tabletheory.annotation.Ttl;
import com.theorycloud.tabletheory.annotation.UpdatedAt;
import com.theorycloud.tabletheory.annotation.Version;
import com.theorycloud.tabletheory.encryption.LocalKeyProvider;
import com.theorycloud.tabletheory.error.EncryptionNotConfiguredException;
import com.theorycloud.tabletheory.error.InvalidModelException;
import com.theorycloud.tabletheory.error.MissingPrimaryKeyException;
import com.theorycloud.tabletheory.local.LocalDynamoDb;
import com.theorycloud.tabletheory.operation.OperationEvent;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * {@link TableTheory#prime}: the engine's item paths run once per sample without a single DynamoDB request and
 * without an operation event, and the engine works normally afterwards (against the local DynamoDB).
 */
class PrimingTest {

    enum Status { OPEN, CLOSED }

    @TableTheoryModel(table = "priming_orders")
    record Order(@PartitionKey String customerId, @SortKey String orderId, BigDecimal total, Status status,
            Map<String, String> attributes, List<String> lines, @DynamoSet Set<String> tags,
            @OmitEmpty @Nullable String note, @Ttl @Nullable Instant expiresAt,
            @CreatedAt @Nullable Instant createdAt, @UpdatedAt @Nullable Instant updatedAt,
            @Version @Nullable Long version) {
    }

    @TableTheoryModel(table = "priming_secrets")
    record Secret(@PartitionKey String id, String label, @Encrypted String value) {
    }

    private static Order order(String customer) {
        return new Order(customer, "o-1", new BigDecimal("12.50"), Status.OPEN, Map.of("channel", "web"),
                List.of("a", "b"), Set.of("new"), null, Instant.parse("2030-01-01T00:00:00Z"), null, null, null);
    }

    /** A client whose every request is counted and would fail: nothing listens on port 9. */
    private static DynamoDbClient unreachable(AtomicInteger requests) {
        return DynamoDbClient.builder().region(Region.US_EAST_1).endpointOverride(URI.create("http://127.0.0.1:9"))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")))
                .overrideConfiguration(c -> c.addExecutionInterceptor(new ExecutionInterceptor() {
                    @Override
                    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
                        requests.incrementAndGet();
                    }
                })).build();
    }

    @Test
    void runsEveryItemPathWithoutARequestOrAnOperationEvent() {
        AtomicInteger requests = new AtomicInteger();
        List<OperationEvent> events = new CopyOnWriteArrayList<>();
        try (DynamoDbClient client = unreachable(requests)) {
            TableTheory engine = TableTheory.builder().client(client).keyProvider(LocalKeyProvider.random())
                    .listener(events::add).build();

            engine.prime(order("c-1"), new Secret("s-1", "api", "swordfish"));

            assertThat(requests).as("DynamoDB requests while priming").hasValue(0);
            assertThat(events).as("operation events (metrics, traces) while priming").isEmpty();
        }
    }

    @Test
    void theEngineWorksNormallyAfterPriming() {
        LocalDynamoDb local = LocalDynamoDb.shared();
        String prefix = local.uniqueTableName("primed") + "-";
        TableTheory engine = TableTheory.builder().client(local.client()).keyProvider(LocalKeyProvider.random())
                .tableNameResolver(TableNameResolver.prefix(prefix)).build();
        engine.ensureTable(engine.schema(Order.class));
        engine.ensureTable(engine.schema(Secret.class));
        try {
            engine.prime(order("primed"), new Secret("primed", "api", "x"));

            Table<Order> orders = engine.table(Order.class);
            assertThat(orders.find(Key.of("primed", "o-1"))).as("nothing the primer wrote is stored").isEmpty();
            Order saved = orders.create(order("c-2"));
            assertThat(saved.version()).as("a new item starts at version 0, as in every runtime").isZero();
            Order read = orders.get(Key.of("c-2", "o-1"));
            assertThat(read.total()).isEqualByComparingTo("12.50");
            assertThat(read.tags()).containsExactly("new");
            assertThat(orders.query().partition("customerId", "c-2").list()).hasSize(1);

            Table<Secret> secrets = engine.table(Secret.class);
            secrets.put(new Secret("s-2", "db", "hunter2"));
            assertThat(secrets.get(Key.of("s-2")).value()).isEqualTo("hunter2");
        } finally {
            engine.deleteTableIfExists(engine.schema(Order.class));
            engine.deleteTableIfExists(engine.schema(Secret.class));
        }
    }

    @Test
    void failsAsTheFirstRealUseWouldForAnInvalidModelOrSample() {
        AtomicInteger requests = new AtomicInteger();
        try (DynamoDbClient client = unreachable(requests)) {
            TableTheory engine = TableTheory.builder().client(client).build();

            assertThatThrownBy(() -> engine.prime("not a model")).isInstanceOf(InvalidModelException.class)
                    .hasMessageContaining("String");
            assertThatThrownBy(() -> engine.prime(order(null))).isInstanceOf(MissingPrimaryKeyException.class)
                    .hasMessageContaining("customerId");
            assertThatThrownBy(() -> engine.prime(new Secret("s", "l", "v")))
                    .as("encrypted attributes and no key provider: refused, as a real put would be")
                    .isInstanceOf(EncryptionNotConfiguredException.class);
            assertThat(requests).hasValue(0);
        }
    }
}
