package com.theorycloud.tabletheory.schema;

import com.theorycloud.tabletheory.error.InvalidModelException;
import com.theorycloud.tabletheory.model.IndexSchema;
import com.theorycloud.tabletheory.model.IndexType;
import com.theorycloud.tabletheory.model.KeyAttribute;
import com.theorycloud.tabletheory.model.ModelSchema;
import com.theorycloud.tabletheory.model.ProjectionType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The DynamoDB table a model needs: its keys, key attribute definitions and secondary indexes. Use it to create tables
 * in tests and development ({@link #toCreateTableRequest()}, on-demand billing), to compare with an existing table, or
 * to export infrastructure definitions.
 *
 * @param tableName    the physical table name
 * @param modelName    the model it was derived from
 * @param partitionKey the table partition key
 * @param sortKey      the table sort key, or {@code null}
 * @param indexes      the model's secondary indexes
 */
public record TableDefinition(String tableName, String modelName, KeyAttribute partitionKey,
        @Nullable KeyAttribute sortKey, List<IndexSchema> indexes) {

    /** Copies the index list. */
    public TableDefinition {
        indexes = List.copyOf(indexes);
    }

    /** The definition of a model's table under its logical table name. */
    public static TableDefinition of(ModelSchema schema) {
        return of(schema, schema.tableName());
    }

    /** The definition of a model's table under the given physical name. */
    public static TableDefinition of(ModelSchema schema, String tableName) {
        return new TableDefinition(tableName, schema.name(), schema.partitionKey(), schema.sortKey(),
                schema.indexes());
    }

    /**
     * Every attribute used as a table or index key, each once, in first-use order.
     *
     * @throws InvalidModelException when one attribute is used as a key with two different types
     */
    public List<AttributeDefinition> attributeDefinitions() {
        Map<String, KeyAttribute> keys = new LinkedHashMap<>();
        addKey(keys, partitionKey);
        addKey(keys, sortKey);
        for (IndexSchema index : indexes) {
            addKey(keys, index.partitionKey());
            addKey(keys, index.sortKey());
        }
        List<AttributeDefinition> out = new ArrayList<>(keys.size());
        for (KeyAttribute key : keys.values()) {
            out.add(AttributeDefinition.builder().attributeName(key.name())
                    .attributeType(ScalarAttributeType.fromValue(key.type().name())).build());
        }
        return out;
    }

    private void addKey(Map<String, KeyAttribute> keys, @Nullable KeyAttribute key) {
        if (key == null) {
            return;
        }
        KeyAttribute existing = keys.putIfAbsent(key.name(), key);
        if (existing != null && existing.type() != key.type()) {
            throw new InvalidModelException(modelName, "Model " + modelName + " uses '" + key.name() + "' as a key of"
                    + " type " + existing.type() + " and of type " + key.type() + "; give it one type everywhere");
        }
    }

    /** A create-table request with on-demand (PAY_PER_REQUEST) billing. */
    public CreateTableRequest toCreateTableRequest() {
        return toCreateTableRequestBuilder().build();
    }

    /** A create-table request builder with on-demand billing, to adjust (tags, streams, provisioned throughput). */
    public CreateTableRequest.Builder toCreateTableRequestBuilder() {
        CreateTableRequest.Builder builder = CreateTableRequest.builder().tableName(tableName)
                .billingMode(BillingMode.PAY_PER_REQUEST).keySchema(keySchema(partitionKey, sortKey))
                .attributeDefinitions(attributeDefinitions());
        List<GlobalSecondaryIndex> globals = new ArrayList<>();
        List<LocalSecondaryIndex> locals = new ArrayList<>();
        for (IndexSchema index : indexes) {
            if (index.type() == IndexType.GSI) {
                globals.add(GlobalSecondaryIndex.builder().indexName(index.name())
                        .keySchema(keySchema(index.partitionKey(), index.sortKey()))
                        .projection(projection(index)).build());
            } else {
                locals.add(LocalSecondaryIndex.builder().indexName(index.name())
                        .keySchema(keySchema(partitionKey, index.sortKey()))
                        .projection(projection(index)).build());
            }
        }
        if (!globals.isEmpty()) {
            builder.globalSecondaryIndexes(globals);
        }
        if (!locals.isEmpty()) {
            builder.localSecondaryIndexes(locals);
        }
        return builder;
    }

    private static List<KeySchemaElement> keySchema(KeyAttribute partition, @Nullable KeyAttribute sort) {
        List<KeySchemaElement> out = new ArrayList<>(2);
        out.add(KeySchemaElement.builder().attributeName(partition.name()).keyType(KeyType.HASH).build());
        if (sort != null) {
            out.add(KeySchemaElement.builder().attributeName(sort.name()).keyType(KeyType.RANGE).build());
        }
        return out;
    }

    private static Projection projection(IndexSchema index) {
        Projection.Builder projection = Projection.builder()
                .projectionType(software.amazon.awssdk.services.dynamodb.model.ProjectionType.fromValue(
                        index.projection().name()));
        if (index.projection() == ProjectionType.INCLUDE) {
            projection.nonKeyAttributes(index.includedAttributes());
        }
        return projection.build();
    }
}
