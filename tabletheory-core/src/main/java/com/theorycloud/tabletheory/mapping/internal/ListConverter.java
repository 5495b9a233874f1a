package com.theorycloud.tabletheory.mapping.internal;

import com.theorycloud.tabletheory.mapping.AttributeConverter;
import com.theorycloud.tabletheory.model.DynamoType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.IntFunction;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Stores a collection as a DynamoDB list ({@code L}); null elements become {@code NULL} values.
 */
final class ListConverter implements AttributeConverter<Collection<Object>> {

    private static final AttributeValue NULL = AttributeValue.fromNul(true);

    private final AttributeConverter<Object> elements;
    private final IntFunction<Collection<Object>> factory;

    ListConverter(AttributeConverter<Object> elements, IntFunction<Collection<Object>> factory) {
        this.elements = elements;
        this.factory = factory;
    }

    @Override
    public DynamoType storedType() {
        return DynamoType.L;
    }

    @Override
    public AttributeValue write(Collection<Object> value) {
        List<AttributeValue> out = new ArrayList<>(value.size());
        for (Object element : value) {
            out.add(element == null ? NULL : elements.write(element));
        }
        return AttributeValue.fromL(out);
    }

    @Override
    public Collection<Object> read(AttributeValue value) {
        if (!value.hasL()) {
            throw StoredValues.mismatch("L", value);
        }
        List<AttributeValue> stored = value.l();
        Collection<Object> out = factory.apply(stored.size());
        for (AttributeValue element : stored) {
            out.add(Boolean.TRUE.equals(element.nul()) ? null : elements.read(element));
        }
        return out;
    }
}
