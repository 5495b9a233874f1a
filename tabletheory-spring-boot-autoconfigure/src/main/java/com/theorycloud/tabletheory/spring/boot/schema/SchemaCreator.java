package com.theorycloud.tabletheory.spring.boot.schema;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.theorycloud.tabletheory.TableNameResolver;
import com.theorycloud.tabletheory.model.IndexSchema;
import com.theorycloud.tabletheory.model.IndexType;
import com.theorycloud.tabletheory.model.ModelSchema;
import com.theorycloud.tabletheory.schema.TableDefinition;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexUpdate;
import software.amazon.awssdk.services.dynamodb.model.IndexStatus;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/**
 * Creates the tables and global secondary indexes the models need and that do not exist yet, then waits until they
 * are active. Safe to run again and from several instances at once: existing tables and indexes are left alone.
 * Models that share a table (single-table design) get one table with the indexes of all of them.
 */
public final class SchemaCreator {

    private static final Duration WAIT = Duration.ofMinutes(5);

    private final DynamoDbClient client;
    private final TableNameResolver tableNameResolver;
    private final Consumer<CreateTableRequest.Builder> customizer;

    /**
     * Creates a creator.
     *
     * @param client the client to create tables with
     * @param tableNameResolver how model table names become physical ones
     * @param customizer adjusts every create-table request (billing mode, throughput, tags) before it is sent; the
     *        request starts with on-demand billing
     */
    public SchemaCreator(DynamoDbClient client, TableNameResolver tableNameResolver,
            Consumer<CreateTableRequest.Builder> customizer) {
        this.client = client;
        this.tableNameResolver = tableNameResolver;
        this.customizer = customizer;
    }

    /**
     * Creates what is missing for the given models.
     *
     * @return the physical names of the tables that were created
     */
    public List<String> createMissing(Collection<ModelSchema> models) {
        List<String> created = new ArrayList<>();
        tables(models).forEach((tableName, definition) -> {
            if (describe(tableName) == null && create(definition)) {
                created.add(tableName);
            }
            TableDescription table = awaitActive(tableName);
            addMissingGlobalIndexes(definition, table);
        });
        return created;
    }

    /** One definition per physical table, carrying the indexes of every model stored there. */
    private Map<String, TableDefinition> tables(Collection<ModelSchema> models) {
        Map<String, TableDefinition> tables = new LinkedHashMap<>();
        for (ModelSchema model : models) {
            TableDefinition definition = TableDefinition.of(model, tableNameResolver.resolve(model));
            tables.merge(definition.tableName(), definition, SchemaCreator::withIndexesOf);
        }
        return tables;
    }

    private static TableDefinition withIndexesOf(TableDefinition first, TableDefinition second) {
        Set<String> known = first.indexes().stream().map(IndexSchema::name).collect(Collectors.toSet());
        List<IndexSchema> indexes = new ArrayList<>(first.indexes());
        second.indexes().stream().filter((index) -> !known.contains(index.name())).forEach(indexes::add);
        return new TableDefinition(first.tableName(), first.modelName(), first.partitionKey(), first.sortKey(),
                indexes);
    }

    private boolean create(TableDefinition definition) {
        CreateTableRequest.Builder request = definition.toCreateTableRequestBuilder();
        customizer.accept(request);
        try {
            client.createTable(request.build());
            return true;
        }
        catch (ResourceInUseException ex) {
            // Another instance created it between our describe and create.
            return false;
        }
    }

    private void addMissingGlobalIndexes(TableDefinition definition, TableDescription table) {
        Set<String> existing = table.globalSecondaryIndexes().stream()
            .map(GlobalSecondaryIndexDescription::indexName)
            .collect(Collectors.toSet());
        CreateTableRequest.Builder full = definition.toCreateTableRequestBuilder();
        customizer.accept(full);
        CreateTableRequest request = full.build();
        for (IndexSchema index : definition.indexes()) {
            if (index.type() != IndexType.GSI || existing.contains(index.name())) {
                continue;
            }
            GlobalSecondaryIndex global = request.globalSecondaryIndexes().stream()
                .filter((candidate) -> candidate.indexName().equals(index.name()))
                .findFirst()
                .orElseThrow();
            // DynamoDB adds one index per UpdateTable call, and only to an active table.
            GlobalSecondaryIndexUpdate change = GlobalSecondaryIndexUpdate.builder()
                .create((create) -> create.indexName(global.indexName())
                    .keySchema(global.keySchema())
                    .projection(global.projection())
                    .provisionedThroughput(global.provisionedThroughput()))
                .build();
            client.updateTable((update) -> update.tableName(definition.tableName())
                .attributeDefinitions(request.attributeDefinitions())
                .globalSecondaryIndexUpdates(change));
            awaitActive(definition.tableName());
        }
    }

    private @Nullable TableDescription describe(String tableName) {
        try {
            return client.describeTable((request) -> request.tableName(tableName)).table();
        }
        catch (ResourceNotFoundException ex) {
            return null;
        }
    }

    /** Waits until the table and all its global indexes are active. */
    private TableDescription awaitActive(String tableName) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        long pause = 10;
        while (true) {
            TableDescription table = describe(tableName);
            if (table != null && table.tableStatus() == TableStatus.ACTIVE && table.globalSecondaryIndexes()
                .stream()
                .allMatch((index) -> index.indexStatus() == IndexStatus.ACTIVE)) {
                return table;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Table '" + tableName + "' did not become ACTIVE within "
                        + WAIT.toMinutes() + " minutes; check it in the DynamoDB console or endpoint");
            }
            try {
                Thread.sleep(pause);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for table '" + tableName
                        + "' to become ACTIVE", ex);
            }
            pause = Math.min(pause * 2, 500);
        }
    }
}
