package com.theorycloud.tabletheory.spring.boot.schema;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import com.theorycloud.tabletheory.TableNameResolver;
import com.theorycloud.tabletheory.model.IndexSchema;
import com.theorycloud.tabletheory.model.IndexType;
import com.theorycloud.tabletheory.model.KeyAttribute;
import com.theorycloud.tabletheory.model.ModelSchema;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/**
 * Compares the DynamoDB tables with the models (one DescribeTable per model): missing tables, differing table keys,
 * missing indexes and indexes with other keys or projections.
 */
public final class SchemaValidator {

    private final DynamoDbClient client;
    private final TableNameResolver tableNameResolver;

    /**
     * Creates a validator.
     *
     * @param client the client to describe tables with
     * @param tableNameResolver how model table names become physical ones
     */
    public SchemaValidator(DynamoDbClient client, TableNameResolver tableNameResolver) {
        this.client = client;
        this.tableNameResolver = tableNameResolver;
    }

    /**
     * Every problem of the given models' tables.
     *
     * @return the problems, empty when every table matches
     */
    public List<SchemaProblem> validate(Collection<ModelSchema> models) {
        List<SchemaProblem> problems = new ArrayList<>();
        for (ModelSchema model : models) {
            String tableName = tableNameResolver.resolve(model);
            TableDescription table = describe(tableName);
            if (table == null) {
                problems.add(new SchemaProblem(tableName, model.name(), "the table does not exist; create it (for"
                        + " development set tabletheory.schema.mode=create)"));
                continue;
            }
            compare(model, table).forEach((problem) -> problems.add(new SchemaProblem(tableName, model.name(),
                    problem)));
        }
        return problems;
    }

    /**
     * Throws when any of the given models' tables has a problem.
     *
     * @throws SchemaValidationException listing every problem
     */
    public void requireValid(Collection<ModelSchema> models) {
        List<SchemaProblem> problems = validate(models);
        if (!problems.isEmpty()) {
            throw new SchemaValidationException(problems);
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

    /** The differences between a model and its table's description, in words. */
    static List<String> compare(ModelSchema model, TableDescription table) {
        Map<String, String> types = table.attributeDefinitions().stream()
            .collect(Collectors.toMap(AttributeDefinition::attributeName, AttributeDefinition::attributeTypeAsString,
                    (first, second) -> first));
        List<String> problems = new ArrayList<>();
        compareKeys("the table", model.partitionKey(), model.sortKey(), table.keySchema(), types, problems);
        Map<String, List<KeySchemaElement>> globals = table.globalSecondaryIndexes().stream()
            .collect(Collectors.toMap((index) -> index.indexName(), (index) -> index.keySchema()));
        Map<String, List<KeySchemaElement>> locals = table.localSecondaryIndexes().stream()
            .collect(Collectors.toMap((index) -> index.indexName(), (index) -> index.keySchema()));
        Map<String, Projection> projections = table.globalSecondaryIndexes().stream()
            .collect(Collectors.toMap((index) -> index.indexName(), (index) -> index.projection(),
                    (first, second) -> first, HashMap::new));
        table.localSecondaryIndexes().forEach((index) -> projections.put(index.indexName(), index.projection()));
        for (IndexSchema index : model.indexes()) {
            boolean global = index.type() == IndexType.GSI;
            List<KeySchemaElement> keys = (global ? globals : locals).get(index.name());
            String what = (global ? "global" : "local") + " secondary index '" + index.name() + "'";
            if (keys == null) {
                problems.add(what + " does not exist; " + (global ? "add it to the table"
                        : "local indexes can only be created with the table, so recreate the table"));
                continue;
            }
            KeyAttribute partition = global ? index.partitionKey() : model.partitionKey();
            compareKeys(what, partition, index.sortKey(), keys, types, problems);
            Projection projection = projections.get(index.name());
            String expected = index.projection().name();
            if (projection != null && !expected.equals(projection.projectionTypeAsString())) {
                problems.add(what + " projects " + projection.projectionTypeAsString() + " but the model needs "
                        + expected);
            }
        }
        return problems;
    }

    private static void compareKeys(String what, KeyAttribute partition, @Nullable KeyAttribute sort,
            List<KeySchemaElement> actual, Map<String, String> types, List<String> problems) {
        Map<KeyType, String> byType = actual.stream()
            .collect(Collectors.toMap(KeySchemaElement::keyType, KeySchemaElement::attributeName));
        compareKey(what, "partition key", partition, byType.get(KeyType.HASH), types, problems);
        compareKey(what, "sort key", sort, byType.get(KeyType.RANGE), types, problems);
    }

    private static void compareKey(String what, String role, @Nullable KeyAttribute expected, @Nullable String actual,
            Map<String, String> types, List<String> problems) {
        if (expected == null && actual == null) {
            return;
        }
        if (expected == null) {
            problems.add(what + " has " + role + " '" + actual + "' but the model has none");
            return;
        }
        if (actual == null) {
            problems.add(what + " has no " + role + " but the model needs '" + expected.name() + "' ("
                    + expected.type() + ")");
            return;
        }
        if (!expected.name().equals(actual)) {
            problems.add(what + " has " + role + " '" + actual + "' but the model needs '" + expected.name() + "'");
            return;
        }
        String type = types.get(actual);
        if (!Objects.equals(type, expected.type().name())) {
            problems.add(what + " has " + role + " '" + actual + "' of type " + type + " but the model needs type "
                    + expected.type());
        }
    }
}
