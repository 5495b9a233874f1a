package com.theorycloud.tabletheory.mapping.internal;

import com.theorycloud.tabletheory.mapping.AttributeConverter;
import com.theorycloud.tabletheory.model.DynamoType;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntFunction;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Stores a {@code Map<String, V>} as a DynamoDB map ({@code M}); null values become {@code NULL} values.
 */
final class MapConverter implements AttributeConverter<Map<String, Object>> {

    private static final AttributeValue NULL = AttributeValue.fromNul(true);

    private final AttributeConverter<Object> values;
    private final IntFunction<Map<String, Object>> factory;

    MapConverter(AttributeConverter<Object> values, IntFunction<Map<String, Object>> factory) {
        this.values = values;
        this.factory = factory;
    }

    @Override
    public DynamoType storedType() {
        return DynamoType.M;
    }

    @Override
    public AttributeValue write(Map<String, Object> value) {
        Map<String, AttributeValue> out = new HashMap<>(Capacity.forSize(value.size()));
        for (Map.Entry<String, Object> entry : value.entrySet()) {
            Object element = entry.getValue();
            out.put(entry.getKey(), element == null ? NULL : values.write(element));
        }
        return AttributeValue.fromM(out);
    }

    @Override
    public Map<String, Object> read(AttributeValue value) {
        if (!value.hasM()) {
            throw StoredValues.mismatch("M", value);
        }
        Map<String, AttributeValue> stored = value.m();
        Map<String, Object> out = factory.apply(stored.size());
        for (Map.Entry<String, AttributeValue> entry : stored.entrySet()) {
            AttributeValue element = entry.getValue();
            out.put(entry.getKey(), Boolean.TRUE.equals(element.nul()) ? null : values.read(element));
        }
        return out;
    }
}
