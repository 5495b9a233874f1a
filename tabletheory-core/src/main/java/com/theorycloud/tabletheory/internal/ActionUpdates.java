package com.theorycloud.tabletheory.internal;

import com.theorycloud.tabletheory.error.InvalidModelException;
import com.theorycloud.tabletheory.error.InvalidOperatorException;
import com.theorycloud.tabletheory.error.InvalidValueException;
import com.theorycloud.tabletheory.expression.AttributePath;
import com.theorycloud.tabletheory.expression.Condition;
import com.theorycloud.tabletheory.expression.Update;
import com.theorycloud.tabletheory.expression.internal.ConditionRenderer;
import com.theorycloud.tabletheory.expression.internal.Placeholders;
import com.theorycloud.tabletheory.expression.internal.PlainValues;
import com.theorycloud.tabletheory.expression.internal.UpdateRenderer;
import com.theorycloud.tabletheory.expression.internal.ValueEncoder;
import com.theorycloud.tabletheory.mapping.ItemCodec;
import com.theorycloud.tabletheory.model.AttributeRole;
import com.theorycloud.tabletheory.model.AttributeSchema;
import com.theorycloud.tabletheory.model.DynamoType;
import com.theorycloud.tabletheory.model.ModelSchema;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Turns an {@link Update} into an UpdateItem request with the model's rules applied: key attributes and unknown
 * attributes are refused, lifecycle attributes are the engine's ({@code updated_at} refreshed, the version
 * incremented and, when an expected version is given, checked; {@code created_at} untouched), omit-empty attributes
 * set to an empty value are removed (as an explicitly listed field is in a partial update), and the update never
 * creates an item. Built once per model; thread-safe.
 */
public final class ActionUpdates {

    /** What the engine needs to run and report the update. */
    public record Planned(UpdateItemRequest request, List<String> changedAttributes, boolean versioned,
            @Nullable Long expectedVersion) {
    }

    private final ItemCodec<?> codec;
    private final ModelSchema schema;
    private final Map<String, AttributeSchema> attributes;
    private final ValueEncoder conditionEncoder;
    private final @Nullable AttributeSchema updatedAt;
    private final @Nullable AttributeSchema version;

    /** Prepares the rules of one codec's model. */
    public ActionUpdates(ItemCodec<?> codec, ValueEncoder conditionEncoder) {
        this.codec = codec;
        this.schema = codec.schema();
        this.attributes = schema.attributesByName();
        this.conditionEncoder = conditionEncoder;
        this.updatedAt = schema.attributeWithRole(AttributeRole.UPDATED_AT).orElse(null);
        this.version = schema.attributeWithRole(AttributeRole.VERSION).orElse(null);
    }

    /**
     * Builds the request.
     *
     * @throws InvalidOperatorException for an empty update, key or unknown attributes, or an action that does not fit
     *         the attribute's type
     * @throws InvalidModelException    for lifecycle attributes, or an expected version on a model without one
     */
    public Planned plan(Map<String, AttributeValue> key, Update update, String now, String tableName,
            boolean reportCapacity) {
        if (update.actions().isEmpty()) {
            throw new InvalidOperatorException(schema.name(), "Model " + schema.name()
                    + ": the update has no actions; add set, remove, add or other actions to Update.create()");
        }
        Placeholders placeholders = new Placeholders();
        UpdateRenderer renderer = new UpdateRenderer(placeholders);
        LinkedHashSet<String> changed = new LinkedHashSet<>();
        java.util.Set<AttributePath> seen = new HashSet<>();
        for (Update.Action action : update.actions()) {
            AttributePath path = action.path();
            if (!seen.add(path)) {
                throw new InvalidOperatorException(schema.name(), "Model " + schema.name() + ": '" + path
                        + "' is written by more than one action of the update; DynamoDB refuses overlapping paths,"
                        + " so combine them into one action");
            }
            AttributeSchema attribute = checkedAttribute(path);
            changed.add(attribute.name());
            apply(renderer, action, attribute);
        }
        if (updatedAt != null) {
            renderer.set(AttributePath.of(updatedAt.name()), AttributeValue.fromS(now));
        }
        Long expected = update.expectedVersion();
        if (expected != null && version == null) {
            throw new InvalidModelException(schema.name(), "Model " + schema.name()
                    + " has no version attribute, so an update cannot expect a version; drop expectVersion(...)");
        }
        if (version != null) {
            // Every change bumps the version so copies read before it fail their own version check.
            renderer.add(AttributePath.of(version.name()), AttributeValue.fromN("1"));
        }
        List<Condition> conditions = new ArrayList<>(3);
        conditions.add(Condition.attributeExists(schema.partitionKey().name()));
        if (expected != null) {
            conditions.add(Condition.eq(version.name(), AttributeValue.fromN(Long.toString(expected))));
        }
        if (update.condition() != null) {
            conditions.add(update.condition());
        }
        String expression = renderer.render();
        String condition = new ConditionRenderer(placeholders, conditionEncoder).renderAll(conditions);
        UpdateItemRequest.Builder builder = UpdateItemRequest.builder().tableName(tableName).key(key)
                .updateExpression(expression).conditionExpression(condition)
                .returnValues(ReturnValue.fromValue(update.returnValues().name()))
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
                .returnConsumedCapacity(reportCapacity ? ReturnConsumedCapacity.TOTAL : ReturnConsumedCapacity.NONE)
                .expressionAttributeNames(placeholders.names());
        if (placeholders.hasValues()) {
            builder.expressionAttributeValues(placeholders.values());
        }
        return new Planned(builder.build(), List.copyOf(changed), expected != null, expected);
    }

    private AttributeSchema checkedAttribute(AttributePath path) {
        String name = path.attributeName();
        AttributeSchema attribute = attributes.get(name);
        if (attribute == null) {
            throw new InvalidOperatorException(schema.name(), "Model " + schema.name() + " has no attribute '" + name
                    + "'; update actions name attributes of the model: " + attributes.keySet());
        }
        if (name.equals(schema.partitionKey().name())
                || (schema.sortKey() != null && name.equals(schema.sortKey().name()))) {
            throw new InvalidOperatorException(schema.name(), "Model " + schema.name() + ": '" + name
                    + "' is part of the primary key and cannot be updated; delete the item and create it under the"
                    + " new key instead");
        }
        if (attribute.isLifecycle()) {
            throw new InvalidModelException(schema.name(), "Model " + schema.name() + ": '" + name
                    + "' is maintained by TableTheory and cannot be written by an update; use expectVersion(...)"
                    + " for optimistic locking and let the engine refresh timestamps");
        }
        return attribute;
    }

    private void apply(UpdateRenderer renderer, Update.Action action, AttributeSchema attribute) {
        AttributePath path = action.path();
        boolean whole = path.isTopLevel();
        if (!whole) {
            // Inside an encrypted attribute there is only the envelope: a nested write would corrupt it or store
            // plaintext next to it.
            requireNotEncrypted(attribute, "an update of the nested path '" + path + "'");
        }
        if (action instanceof Update.Set set) {
            AttributeValue value = whole ? modelValue(attribute, set.value()) : plain(path, set.value());
            if (whole && (value.type() == AttributeValue.Type.NUL
                    || (attribute.omitEmpty() && EmptyValues.isEmpty(value))
                    || (attribute.encrypted() && attribute.omitEmpty() && isEmptyPlaintext(set.value())))) {
                // An explicitly written empty value of an omit-empty attribute is removed (contract p0/15).
                renderer.remove(path);
            } else {
                renderer.set(path, EmptyValues.isEmptySet(value) ? AttributeValue.fromNul(true) : value);
            }
        } else if (action instanceof Update.SetIfNotExists set) {
            renderer.setIfNotExists(path, whole ? modelValue(attribute, set.value()) : plain(path, set.value()));
        } else if (action instanceof Update.Remove) {
            renderer.remove(path);
        } else if (action instanceof Update.Add add) {
            requireNotEncrypted(attribute, "ADD");
            if (whole && attribute.type() != DynamoType.N && !attribute.type().isSet()) {
                throw wrongType(attribute, "ADD", "a number or set");
            }
            AttributeValue value = add.value() instanceof Number || add.value() instanceof AttributeValue
                    ? plain(path, add.value()) : setValue(attribute, path, add.value());
            renderer.add(path, value);
        } else if (action instanceof Update.Delete delete) {
            requireNotEncrypted(attribute, "DELETE");
            if (whole && !attribute.type().isSet()) {
                throw wrongType(attribute, "DELETE", "a set");
            }
            renderer.delete(path, setValue(attribute, path, delete.value()));
        } else {
            Update.ListAppend append = (Update.ListAppend) action;
            requireNotEncrypted(attribute, "list_append");
            if (whole && attribute.type() != DynamoType.L) {
                throw wrongType(attribute, "list_append", "a list (L)");
            }
            renderer.listAppend(path, plain(path, append.values()), append.prepend());
        }
    }

    private AttributeValue modelValue(AttributeSchema attribute, @Nullable Object value) {
        if (value == null) {
            return AttributeValue.fromNul(true);
        }
        if (value instanceof AttributeValue av && !attribute.encrypted()) {
            return av;
        }
        return codec.encodeValue(attribute.name(), value);
    }

    private AttributeValue plain(AttributePath path, @Nullable Object value) {
        try {
            return PlainValues.toAttributeValue(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(schema.name(), "Model " + schema.name() + ": the update value for '" + path
                    + "' cannot be stored: " + e.getMessage(), e);
        }
    }

    /** Set elements as the attribute's set type; nested paths infer it from the elements. */
    private AttributeValue setValue(AttributeSchema attribute, AttributePath path, Object value) {
        if (value instanceof AttributeValue av) {
            return av;
        }
        Collection<?> elements = value instanceof Collection<?> c ? c : List.of(value);
        if (elements.isEmpty()) {
            throw new InvalidOperatorException(schema.name(), "Model " + schema.name() + ": '" + path
                    + "' was given no set elements; DynamoDB cannot add or delete an empty set");
        }
        if (path.isTopLevel()) {
            return codec.encodeValue(attribute.name(), new LinkedHashSet<>(elements));
        }
        Object first = elements.iterator().next();
        List<String> texts = new ArrayList<>(elements.size());
        for (Object element : elements) {
            texts.add(first instanceof Number ? PlainValues.toAttributeValue(element).n() : String.valueOf(element));
        }
        return first instanceof Number ? AttributeValue.fromNs(texts) : AttributeValue.fromSs(texts);
    }

    /** The sealed value of an encrypted attribute is never empty, so emptiness is judged on the value given. */
    private static boolean isEmptyPlaintext(@Nullable Object value) {
        try {
            AttributeValue plain = value instanceof AttributeValue av ? av : PlainValues.toAttributeValue(value);
            return EmptyValues.isEmpty(plain);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private void requireNotEncrypted(AttributeSchema attribute, String operation) {
        if (attribute.encrypted()) {
            throw new InvalidOperatorException(schema.name(), "Model " + schema.name() + ": '" + attribute.name()
                    + "' is encrypted and cannot be used in " + operation + "; set the whole value instead");
        }
    }

    private InvalidOperatorException wrongType(AttributeSchema attribute, String operation, String needed) {
        return new InvalidOperatorException(schema.name(), "Model " + schema.name() + ": " + operation
                + " needs " + needed + " but '" + attribute.name() + "' is stored as " + attribute.type()
                + "; use set(...) to replace the value instead");
    }
}
