package com.theorycloud.tabletheory.spring.boot.health;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import com.theorycloud.tabletheory.TableNameResolver;
import com.theorycloud.tabletheory.model.IndexSchema;
import com.theorycloud.tabletheory.model.ModelSchema;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.IndexStatus;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Reports whether every model's DynamoDB table exists, is {@code ACTIVE} and has the model's indexes (one
 * DescribeTable per table, each bounded by a timeout). Results are cached for a while so frequent health probes do not
 * turn into DescribeTable traffic. When DOWN, the details say which table and why.
 */
public final class TableTheoryHealthIndicator implements HealthIndicator {

    private final DynamoDbClient client;
    private final Map<String, Set<String>> indexesByTable;
    private final Duration timeout;
    private final Duration cacheTimeToLive;
    private volatile @Nullable Cached cached;

    /**
     * Creates the indicator.
     *
     * @param client the client to describe tables with
     * @param models the models whose tables are checked
     * @param tableNameResolver how model table names become physical ones
     * @param timeout how long one DescribeTable call may take
     * @param cacheTimeToLive how long a result is reused; zero checks on every call
     */
    public TableTheoryHealthIndicator(DynamoDbClient client, Iterable<ModelSchema> models,
            TableNameResolver tableNameResolver, Duration timeout, Duration cacheTimeToLive) {
        this.client = client;
        this.indexesByTable = new LinkedHashMap<>();
        for (ModelSchema model : models) {
            Set<String> indexes = indexesByTable.computeIfAbsent(tableNameResolver.resolve(model),
                    (name) -> new LinkedHashSet<>());
            model.indexes().stream().map(IndexSchema::name).forEach(indexes::add);
        }
        this.timeout = timeout;
        this.cacheTimeToLive = cacheTimeToLive;
    }

    @Override
    public Health health() {
        Cached current = cached;
        long now = System.nanoTime();
        if (current != null && now - current.checkedAt() < cacheTimeToLive.toNanos()) {
            return current.health();
        }
        Health health = check();
        cached = new Cached(health, now);
        return health;
    }

    private Health check() {
        Map<String, Object> tables = new LinkedHashMap<>();
        boolean up = true;
        for (Map.Entry<String, Set<String>> table : indexesByTable.entrySet()) {
            String problem = problem(table.getKey(), table.getValue());
            up &= problem == null;
            tables.put(table.getKey(), (problem == null) ? "ACTIVE" : problem);
        }
        Health.Builder builder = up ? Health.up() : Health.down();
        return builder.withDetail("tables", tables).build();
    }

    /** What is wrong with a table, or {@code null} when it is usable. */
    private @Nullable String problem(String tableName, Set<String> indexes) {
        TableDescription table;
        try {
            table = client.describeTable((request) -> request.tableName(tableName)
                .overrideConfiguration((override) -> override.apiCallTimeout(timeout)))
                .table();
        }
        catch (ResourceNotFoundException ex) {
            return "table does not exist";
        }
        catch (SdkException ex) {
            return "DescribeTable failed: " + ex.getMessage();
        }
        if (table.tableStatus() != TableStatus.ACTIVE) {
            return "table is " + table.tableStatusAsString() + ", not ACTIVE";
        }
        Map<String, @Nullable IndexStatus> present = new LinkedHashMap<>();
        for (GlobalSecondaryIndexDescription index : table.globalSecondaryIndexes()) {
            present.put(index.indexName(), index.indexStatus());
        }
        for (LocalSecondaryIndexDescription index : table.localSecondaryIndexes()) {
            present.put(index.indexName(), IndexStatus.ACTIVE);
        }
        for (String index : indexes) {
            if (!present.containsKey(index)) {
                return "index '" + index + "' does not exist";
            }
            IndexStatus status = present.get(index);
            if (status != null && status != IndexStatus.ACTIVE) {
                return "index '" + index + "' is " + status + ", not ACTIVE";
            }
        }
        return null;
    }

    private record Cached(Health health, long checkedAt) {
    }
}
