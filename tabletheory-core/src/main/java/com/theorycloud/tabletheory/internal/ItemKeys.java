package com.theorycloud.tabletheory.internal;

import com.theorycloud.tabletheory.error.MissingPrimaryKeyException;
import com.theorycloud.tabletheory.model.KeyAttribute;
import com.theorycloud.tabletheory.model.ModelSchema;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Primary-key checks and descriptions. A key part must be present, of the key's scalar type and not empty; anything
 * else is a {@link MissingPrimaryKeyException} raised before any call.
 */
public final class ItemKeys {

    private ItemKeys() {
    }

    /** The primary key of an encoded item, checked. */
    public static Map<String, AttributeValue> fromItem(ModelSchema schema, Map<String, AttributeValue> item) {
        Map<String, AttributeValue> key = new LinkedHashMap<>(4);
        put(schema, key, schema.partitionKey(), item.get(schema.partitionKey().name()), "partition");
        KeyAttribute sortKey = schema.sortKey();
        if (sortKey != null) {
            put(schema, key, sortKey, item.get(sortKey.name()), "sort");
        }
        return key;
    }

    /** Builds and checks a key from encoded parts; {@code sort} must be null exactly when the model has none. */
    public static Map<String, AttributeValue> of(ModelSchema schema, @Nullable AttributeValue partition,
            @Nullable AttributeValue sort) {
        Map<String, AttributeValue> key = new LinkedHashMap<>(4);
        put(schema, key, schema.partitionKey(), partition, "partition");
        KeyAttribute sortKey = schema.sortKey();
        if (sortKey != null) {
            put(schema, key, sortKey, sort, "sort");
        } else if (sort != null) {
            throw new MissingPrimaryKeyException(schema.name(), "Model " + schema.name()
                    + " has no sort key but a sort key value was given; use Key.of(partition) for this model");
        }
        return key;
    }

    private static void put(ModelSchema schema, Map<String, AttributeValue> key, KeyAttribute attribute,
            @Nullable AttributeValue value, String role) {
        if (value == null || value.type() == AttributeValue.Type.NUL || EmptyValues.isEmptyKeyPart(value)) {
            throw new MissingPrimaryKeyException(schema.name(), "Model " + schema.name() + ": the " + role + " key '"
                    + attribute.name() + "' is " + (value == null ? "missing" : "empty")
                    + "; set a non-empty value before writing or reading the item");
        }
        if (!matches(attribute, value)) {
            throw new MissingPrimaryKeyException(schema.name(), "Model " + schema.name() + ": the " + role + " key '"
                    + attribute.name() + "' must be stored as " + attribute.type() + " but the value encodes as "
                    + value.type() + "; check the key property's type or converter");
        }
        key.put(attribute.name(), value);
    }

    private static boolean matches(KeyAttribute attribute, AttributeValue value) {
        return switch (attribute.type()) {
            case S -> value.type() == AttributeValue.Type.S;
            case N -> value.type() == AttributeValue.Type.N;
            case B -> value.type() == AttributeValue.Type.B;
            default -> false;
        };
    }

    /** A readable key for messages, e.g. {@code PK=USER#1, SK=PROFILE}; key values only, never other attributes. */
    public static String describe(Map<String, AttributeValue> key) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, AttributeValue> entry : key.entrySet()) {
            if (!out.isEmpty()) {
                out.append(", ");
            }
            out.append(entry.getKey()).append('=').append(scalarText(entry.getValue()));
        }
        return out.toString();
    }

    private static String scalarText(AttributeValue value) {
        return switch (value.type()) {
            case S -> value.s();
            case N -> value.n();
            case B -> "b64:" + Base64.getEncoder().encodeToString(value.b().asByteArray());
            default -> value.type().toString();
        };
    }
}
