package com.theorycloud.tabletheory.schema;

import com.theorycloud.tabletheory.error.InvalidModelException;
import com.theorycloud.tabletheory.model.AttributeRole;
import com.theorycloud.tabletheory.model.AttributeSchema;
import com.theorycloud.tabletheory.model.IndexSchema;
import com.theorycloud.tabletheory.model.IndexType;
import com.theorycloud.tabletheory.model.KeyAttribute;
import com.theorycloud.tabletheory.model.ModelSchema;
import com.theorycloud.tabletheory.model.ProjectionType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A model's table as an {@code AWS::DynamoDB::Table} CloudFormation resource: keys, attribute definitions, secondary
 * indexes, the TTL attribute and billing. Use it to hand the tables your models need to AWS CDK or CloudFormation,
 * the infrastructure counterpart of {@link TableDefinition#toCreateTableRequest()}.
 *
 * @param definition   the table's keys and indexes
 * @param ttlAttribute the attribute with the {@code ttl} role, or {@code null} when the model has none
 * @param throughput   provisioned capacity for the table and each global index, or {@code null} for on-demand
 *                     ({@code PAY_PER_REQUEST}) billing
 */
public record CloudFormationTable(TableDefinition definition, @Nullable String ttlAttribute,
        @Nullable Throughput throughput) {

    /** The resource type this exports. */
    public static final String RESOURCE_TYPE = "AWS::DynamoDB::Table";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * Provisioned read and write capacity units.
     *
     * @param readCapacityUnits  read capacity units, at least 1
     * @param writeCapacityUnits write capacity units, at least 1
     */
    public record Throughput(long readCapacityUnits, long writeCapacityUnits) {

        /** Rejects capacities below 1, which CloudFormation would reject at deploy time. */
        public Throughput {
            if (readCapacityUnits < 1 || writeCapacityUnits < 1) {
                throw new IllegalArgumentException("provisioned throughput needs at least 1 read and 1 write"
                        + " capacity unit, got " + readCapacityUnits + "/" + writeCapacityUnits);
            }
        }
    }

    /** A model's table under its logical table name, on-demand billing. */
    public static CloudFormationTable of(ModelSchema schema) {
        return of(schema, schema.tableName());
    }

    /** A model's table under the given physical name, on-demand billing. */
    public static CloudFormationTable of(ModelSchema schema, String tableName) {
        String ttl = schema.attributeWithRole(AttributeRole.TTL).map(AttributeSchema::name).orElse(null);
        return new CloudFormationTable(TableDefinition.of(schema, tableName), ttl, null);
    }

    /** The same table with provisioned billing: the capacities apply to the table and to every global index. */
    public CloudFormationTable withProvisionedThroughput(long readCapacityUnits, long writeCapacityUnits) {
        return new CloudFormationTable(definition, ttlAttribute,
                new Throughput(readCapacityUnits, writeCapacityUnits));
    }

    /**
     * The CloudFormation logical id for this table: the table name's letters and digits in PascalCase followed by
     * {@code Table} ({@code users_contract} gives {@code UsersContractTable}).
     */
    public String logicalId() {
        StringBuilder id = new StringBuilder();
        for (String word : definition.tableName().split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                id.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return id.append("Table").toString();
    }

    /**
     * This table with the secondary indexes and TTL attribute of another model stored in the same table
     * (single-table design), so one resource serves both.
     *
     * @throws InvalidModelException when the two disagree on the table name, keys or TTL attribute
     */
    public CloudFormationTable mergedWith(CloudFormationTable other) {
        TableDefinition theirs = other.definition();
        if (!definition.tableName().equals(theirs.tableName())
                || !definition.partitionKey().equals(theirs.partitionKey())
                || !Objects.equals(definition.sortKey(), theirs.sortKey())) {
            throw new InvalidModelException(theirs.modelName(), "Models " + definition.modelName() + " and "
                    + theirs.modelName() + " share table " + theirs.tableName() + " but declare different keys;"
                    + " give models in one table the same partition and sort key attributes and types");
        }
        if (ttlAttribute != null && other.ttlAttribute() != null && !ttlAttribute.equals(other.ttlAttribute())) {
            throw new InvalidModelException(theirs.modelName(), "Models " + definition.modelName() + " and "
                    + theirs.modelName() + " share table " + theirs.tableName() + " but use different TTL attributes ("
                    + ttlAttribute + ", " + other.ttlAttribute() + "); DynamoDB allows one TTL attribute per table");
        }
        Set<String> known = new HashSet<>();
        definition.indexes().forEach(index -> known.add(index.name()));
        List<IndexSchema> indexes = new ArrayList<>(definition.indexes());
        theirs.indexes().stream().filter(index -> !known.contains(index.name())).forEach(indexes::add);
        return new CloudFormationTable(new TableDefinition(definition.tableName(), definition.modelName(),
                definition.partitionKey(), definition.sortKey(), indexes),
                ttlAttribute != null ? ttlAttribute : other.ttlAttribute(), throughput);
    }

    /** The resource's {@code Properties} object, in the order CloudFormation documents them. */
    public ObjectNode properties() {
        JsonNodeFactory nodes = JSON.getNodeFactory();
        ObjectNode properties = nodes.objectNode();
        properties.put("TableName", definition.tableName());
        properties.put("BillingMode", throughput == null ? "PAY_PER_REQUEST" : "PROVISIONED");
        ArrayNode attributes = properties.putArray("AttributeDefinitions");
        for (AttributeDefinition attribute : definition.attributeDefinitions()) {
            attributes.addObject().put("AttributeName", attribute.attributeName())
                    .put("AttributeType", attribute.attributeTypeAsString());
        }
        properties.set("KeySchema", keySchema(definition.partitionKey(), definition.sortKey()));
        ArrayNode globals = nodes.arrayNode();
        ArrayNode locals = nodes.arrayNode();
        for (IndexSchema index : definition.indexes()) {
            ObjectNode node = index.type() == IndexType.GSI ? globals.addObject() : locals.addObject();
            node.put("IndexName", index.name());
            node.set("KeySchema", keySchema(index.type() == IndexType.GSI ? index.partitionKey()
                    : definition.partitionKey(), index.sortKey()));
            node.set("Projection", projection(index));
            if (index.type() == IndexType.GSI && throughput != null) {
                node.set("ProvisionedThroughput", throughput(throughput));
            }
        }
        if (!globals.isEmpty()) {
            properties.set("GlobalSecondaryIndexes", globals);
        }
        if (!locals.isEmpty()) {
            properties.set("LocalSecondaryIndexes", locals);
        }
        if (throughput != null) {
            properties.set("ProvisionedThroughput", throughput(throughput));
        }
        if (ttlAttribute != null) {
            properties.putObject("TimeToLiveSpecification").put("AttributeName", ttlAttribute).put("Enabled", true);
        }
        return properties;
    }

    /** The whole resource: {@code {"Type": "AWS::DynamoDB::Table", "Properties": {...}}}. */
    public ObjectNode resource() {
        ObjectNode resource = JSON.getNodeFactory().objectNode();
        resource.put("Type", RESOURCE_TYPE);
        resource.set("Properties", properties());
        return resource;
    }

    /** {@link #properties()} as indented JSON. */
    public String propertiesJson() {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(properties());
    }

    private static ArrayNode keySchema(KeyAttribute partition, @Nullable KeyAttribute sort) {
        ArrayNode keys = JSON.getNodeFactory().arrayNode();
        keys.addObject().put("AttributeName", partition.name()).put("KeyType", "HASH");
        if (sort != null) {
            keys.addObject().put("AttributeName", sort.name()).put("KeyType", "RANGE");
        }
        return keys;
    }

    private static ObjectNode projection(IndexSchema index) {
        ObjectNode projection = JSON.getNodeFactory().objectNode();
        projection.put("ProjectionType", index.projection().name());
        if (index.projection() == ProjectionType.INCLUDE) {
            ArrayNode included = projection.putArray("NonKeyAttributes");
            index.includedAttributes().forEach(included::add);
        }
        return projection;
    }

    private static ObjectNode throughput(Throughput throughput) {
        return JSON.getNodeFactory().objectNode().put("ReadCapacityUnits", throughput.readCapacityUnits())
                .put("WriteCapacityUnits", throughput.writeCapacityUnits());
    }
}
