package com.theorycloud.tabletheory.internal;

import com.theorycloud.tabletheory.expression.AttributePath;
import com.theorycloud.tabletheory.expression.Condition;
import com.theorycloud.tabletheory.expression.internal.ConditionRenderer;
import com.theorycloud.tabletheory.expression.internal.Placeholders;
import com.theorycloud.tabletheory.expression.internal.ValueEncoder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Builds the SDK requests of single-item operations. The engine's own checks (item exists / does not exist, expected
 * version) and the caller's condition are rendered together through one {@link Placeholders}, so they never clash.
 */
public final class ItemRequests {

    private final String tableName;
    private final String partitionKeyName;
    private final ValueEncoder encoder;
    private final ReturnConsumedCapacity capacity;

    /**
     * Creates a request factory for one table.
     *
     * @param tableName        the resolved table name
     * @param partitionKeyName the table's partition key attribute
     * @param encoder          converts condition operands
     * @param reportCapacity   whether to ask DynamoDB for consumed capacity
     */
    public ItemRequests(String tableName, String partitionKeyName, ValueEncoder encoder, boolean reportCapacity) {
        this.tableName = tableName;
        this.partitionKeyName = partitionKeyName;
        this.encoder = encoder;
        this.capacity = reportCapacity ? ReturnConsumedCapacity.TOTAL : ReturnConsumedCapacity.NONE;
    }

    /** A put; {@code ifNotExists} adds {@code attribute_not_exists(pk)} (create). */
    public PutItemRequest put(Map<String, AttributeValue> item, boolean ifNotExists, @Nullable Condition condition) {
        List<Condition> conditions = new ArrayList<>(2);
        if (ifNotExists) {
            conditions.add(Condition.attributeNotExists(partitionKeyName));
        }
        if (condition != null) {
            conditions.add(condition);
        }
        PutItemRequest.Builder builder = PutItemRequest.builder().tableName(tableName).item(item)
                .returnConsumedCapacity(capacity);
        if (!conditions.isEmpty()) {
            Placeholders placeholders = new Placeholders();
            builder.conditionExpression(new ConditionRenderer(placeholders, encoder).renderAll(conditions));
            applyPlaceholders(placeholders, builder::expressionAttributeNames, builder::expressionAttributeValues);
        }
        return builder.build();
    }

    /**
     * An update that never creates: {@code attribute_exists(pk)}, the expected version when the model has one, then
     * the caller's condition. Returns the whole stored item so the caller gets what is stored without another read.
     */
    public UpdateItemRequest update(UpdatePlan plan, @Nullable Condition condition) {
        Placeholders placeholders = new Placeholders();
        StringBuilder expression = new StringBuilder();
        if (!plan.set().isEmpty()) {
            expression.append("SET ");
            boolean first = true;
            for (Map.Entry<String, AttributeValue> entry : plan.set().entrySet()) {
                expression.append(first ? "" : ", ").append(placeholders.name(entry.getKey())).append(" = ")
                        .append(placeholders.value(entry.getValue()));
                first = false;
            }
        }
        if (!plan.remove().isEmpty()) {
            expression.append(expression.isEmpty() ? "" : " ").append("REMOVE ");
            for (int i = 0; i < plan.remove().size(); i++) {
                expression.append(i == 0 ? "" : ", ").append(placeholders.name(plan.remove().get(i)));
            }
        }
        List<Condition> conditions = new ArrayList<>(3);
        conditions.add(Condition.attributeExists(partitionKeyName));
        if (plan.versioned()) {
            String versionName = Objects.requireNonNull(plan.versionAttribute());
            expression.append(expression.isEmpty() ? "" : " ").append("ADD ").append(placeholders.name(versionName))
                    .append(' ').append(placeholders.value(AttributeValue.fromN("1")));
            conditions.add(Condition.eq(versionName, plan.expectedVersion()));
        }
        if (condition != null) {
            conditions.add(condition);
        }
        String conditionExpression = new ConditionRenderer(placeholders, encoder).renderAll(conditions);
        UpdateItemRequest.Builder builder = UpdateItemRequest.builder().tableName(tableName).key(plan.key())
                .updateExpression(expression.toString()).conditionExpression(conditionExpression)
                .returnValues(ReturnValue.ALL_NEW)
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
                .returnConsumedCapacity(capacity);
        applyPlaceholders(placeholders, builder::expressionAttributeNames, builder::expressionAttributeValues);
        return builder.build();
    }

    /** A delete, checked against the expected version when one is given, and the caller's condition. */
    public DeleteItemRequest delete(Map<String, AttributeValue> key, @Nullable String versionAttribute,
            @Nullable AttributeValue expectedVersion, @Nullable Condition condition) {
        List<Condition> conditions = new ArrayList<>(2);
        if (versionAttribute != null && expectedVersion != null) {
            conditions.add(Condition.eq(versionAttribute, expectedVersion));
        }
        if (condition != null) {
            conditions.add(condition);
        }
        DeleteItemRequest.Builder builder = DeleteItemRequest.builder().tableName(tableName).key(key)
                .returnConsumedCapacity(capacity);
        if (!conditions.isEmpty()) {
            Placeholders placeholders = new Placeholders();
            builder.conditionExpression(new ConditionRenderer(placeholders, encoder).renderAll(conditions))
                    .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD);
            applyPlaceholders(placeholders, builder::expressionAttributeNames, builder::expressionAttributeValues);
        }
        return builder.build();
    }

    /** A single-item read, optionally consistent and projected. */
    public GetItemRequest get(Map<String, AttributeValue> key, boolean consistentRead, List<AttributePath> projection) {
        GetItemRequest.Builder builder = GetItemRequest.builder().tableName(tableName).key(key)
                .consistentRead(consistentRead).returnConsumedCapacity(capacity);
        if (!projection.isEmpty()) {
            Placeholders placeholders = new Placeholders();
            StringBuilder expression = new StringBuilder();
            for (AttributePath path : projection) {
                expression.append(expression.isEmpty() ? "" : ", ").append(placeholders.path(path));
            }
            builder.projectionExpression(expression.toString()).expressionAttributeNames(placeholders.names());
        }
        return builder.build();
    }

    private static void applyPlaceholders(Placeholders placeholders,
            Consumer<Map<String, String>> names,
            Consumer<Map<String, AttributeValue>> values) {
        if (placeholders.hasNames()) {
            names.accept(placeholders.names());
        }
        if (placeholders.hasValues()) {
            values.accept(placeholders.values());
        }
    }
}
