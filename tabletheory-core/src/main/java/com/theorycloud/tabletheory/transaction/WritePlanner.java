package com.theorycloud.tabletheory.transaction;

import com.theorycloud.tabletheory.Table;
import com.theorycloud.tabletheory.expression.Condition;
import com.theorycloud.tabletheory.expression.internal.ConditionRenderer;
import com.theorycloud.tabletheory.expression.internal.Placeholders;
import com.theorycloud.tabletheory.internal.ItemKeys;
import com.theorycloud.tabletheory.internal.UpdatePlan;
import com.theorycloud.tabletheory.model.AttributeSchema;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Turns one transaction action into a {@link TransactWriteItem} with the engine's single-write code: the same
 * lifecycle and write-policy rules ({@code ItemWriter}, {@code WritePolicyRules}) and the same request rendering
 * ({@code ItemRequests}), copied into the transaction's action shapes. One instance per transaction.
 */
final class WritePlanner {

    // Distinct from the #nK/:vK placeholders of the shared request rendering, so they can never clash.
    private static final String VERSION_NAME = "#txVersion";
    private static final String VERSION_STEP = ":txOne";

    private final Map<Table<?>, ModelBinding> bindings = new IdentityHashMap<>();

    ModelBinding binding(Table<?> table) {
        return bindings.computeIfAbsent(table, ModelBinding::of);
    }

    <T> PlannedWrite put(Table<T> table, T item, @Nullable Condition condition, boolean create, String now,
            ReturnValuesOnConditionCheckFailure returnValues) {
        ModelBinding binding = binding(table);
        Map<String, AttributeValue> stored = binding.writer().itemForPut(table.codec().encode(item), now);
        Map<String, AttributeValue> key = ItemKeys.fromItem(table.schema(), stored);
        if (!create) {
            binding.writePolicy().checkPut(stored.keySet(), ItemKeys.describe(key));
        }
        PutItemRequest request = binding.requests().put(stored, create, condition);
        Put.Builder put = Put.builder().tableName(request.tableName()).item(request.item());
        if (request.conditionExpression() != null) {
            put.conditionExpression(request.conditionExpression()).returnValuesOnConditionCheckFailure(returnValues);
        }
        if (request.hasExpressionAttributeNames()) {
            put.expressionAttributeNames(request.expressionAttributeNames());
        }
        if (request.hasExpressionAttributeValues()) {
            put.expressionAttributeValues(request.expressionAttributeValues());
        }
        return planned(TransactWriteItem.builder().put(put.build()).build(),
                create ? ActionKind.CREATE : ActionKind.PUT, table, key, false);
    }

    <T> PlannedWrite update(Table<T> table, T item, @Nullable List<String> fields,
            @Nullable Condition condition, String now, ReturnValuesOnConditionCheckFailure returnValues) {
        ModelBinding binding = binding(table);
        Map<String, AttributeValue> encoded = table.codec().encode(item);
        AttributeSchema version = binding.writer().versionAttribute();
        AttributeValue carried = version == null ? null : encoded.get(version.name());
        boolean unversioned = version != null && (carried == null || carried.type() != AttributeValue.Type.N);
        if (unversioned) {
            // The planner insists on a version (single updates always read first); give it a placeholder and drop
            // the check afterwards, so field, lifecycle and omit-empty rules stay exactly the single-update ones.
            encoded = new LinkedHashMap<>(encoded);
            encoded.put(version.name(), AttributeValue.fromN("0"));
        }
        UpdatePlan plan = binding.writer().planUpdate(encoded, fields, now);
        if (unversioned) {
            plan = new UpdatePlan(plan.key(), plan.set(), plan.remove(), version.name(), null);
        }
        List<String> changed = new ArrayList<>(plan.set().keySet());
        changed.addAll(plan.remove());
        binding.writePolicy().checkUpdate(changed, ItemKeys.describe(plan.key()));
        UpdateItemRequest request = binding.requests().update(plan, condition);
        String expression = request.updateExpression();
        Map<String, String> names = new LinkedHashMap<>(request.expressionAttributeNames());
        Map<String, AttributeValue> values = new LinkedHashMap<>(request.expressionAttributeValues());
        if (unversioned) {
            expression = expression + " ADD " + VERSION_NAME + " " + VERSION_STEP;
            names.put(VERSION_NAME, version.name());
            values.put(VERSION_STEP, AttributeValue.fromN("1"));
        }
        Update update = Update.builder().tableName(request.tableName()).key(request.key())
                .updateExpression(expression).conditionExpression(request.conditionExpression())
                .expressionAttributeNames(names).expressionAttributeValues(values)
                .returnValuesOnConditionCheckFailure(returnValues).build();
        return planned(TransactWriteItem.builder().update(update).build(), ActionKind.UPDATE, table, plan.key(),
                plan.versioned());
    }

    <T> PlannedWrite delete(Table<T> table, Map<String, AttributeValue> key, @Nullable String versionName,
            @Nullable AttributeValue expectedVersion, @Nullable Condition condition,
            ReturnValuesOnConditionCheckFailure returnValues) {
        ModelBinding binding = binding(table);
        binding.writePolicy().checkDelete(ItemKeys.describe(key));
        DeleteItemRequest request = binding.requests().delete(key, versionName, expectedVersion, condition);
        Delete.Builder delete = Delete.builder().tableName(request.tableName()).key(request.key());
        if (request.conditionExpression() != null) {
            delete.conditionExpression(request.conditionExpression())
                    .returnValuesOnConditionCheckFailure(returnValues);
        }
        if (request.hasExpressionAttributeNames()) {
            delete.expressionAttributeNames(request.expressionAttributeNames());
        }
        if (request.hasExpressionAttributeValues()) {
            delete.expressionAttributeValues(request.expressionAttributeValues());
        }
        return planned(TransactWriteItem.builder().delete(delete.build()).build(), ActionKind.DELETE, table, key,
                versionName != null && expectedVersion != null);
    }

    <T> PlannedWrite conditionCheck(Table<T> table, Map<String, AttributeValue> key, Condition condition,
            ReturnValuesOnConditionCheckFailure returnValues) {
        Placeholders placeholders = new Placeholders();
        String expression = new ConditionRenderer(placeholders, binding(table).encoder()).render(condition);
        ConditionCheck.Builder check = ConditionCheck.builder().tableName(table.tableName()).key(key)
                .conditionExpression(expression).returnValuesOnConditionCheckFailure(returnValues);
        if (placeholders.hasNames()) {
            check.expressionAttributeNames(placeholders.names());
        }
        if (placeholders.hasValues()) {
            check.expressionAttributeValues(placeholders.values());
        }
        return planned(TransactWriteItem.builder().conditionCheck(check.build()).build(), ActionKind.CONDITION_CHECK,
                table, key, false);
    }

    private static <T> PlannedWrite planned(TransactWriteItem item, ActionKind kind, Table<T> table,
            Map<String, AttributeValue> key, boolean versionChecked) {
        Function<Map<String, AttributeValue>, @Nullable Object> decoder = attributes -> table.codec()
                .decode(attributes);
        return new PlannedWrite(item, new Cancellations.Action(kind, table.schema().name(), table.tableName(), key,
                versionChecked, decoder));
    }
}
