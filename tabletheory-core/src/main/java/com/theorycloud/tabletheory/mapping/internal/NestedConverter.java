package com.theorycloud.tabletheory.mapping.internal;

import com.theorycloud.tabletheory.mapping.AttributeConverter;
import com.theorycloud.tabletheory.model.DynamoType;
import com.theorycloud.tabletheory.model.NamingConvention;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Stores a nested record or class as a DynamoDB map, property by property, with that type's compiled structure.
 * The structure is looked up on first use so self-referencing types can be compiled.
 */
final class NestedConverter implements AttributeConverter<Object> {

    private final Class<?> type;
    private final NamingConvention naming;
    private volatile @Nullable BeanStructure structure;

    NestedConverter(Class<?> type, NamingConvention naming) {
        this.type = type;
        this.naming = naming;
    }

    @Override
    public DynamoType storedType() {
        return DynamoType.M;
    }

    @Override
    public AttributeValue write(Object value) {
        return AttributeValue.fromM(structure().encode(value));
    }

    @Override
    public Object read(AttributeValue value) {
        if (!value.hasM()) {
            throw StoredValues.mismatch("M", value);
        }
        return structure().decode(value.m());
    }

    private BeanStructure structure() {
        BeanStructure compiled = structure;
        if (compiled == null) {
            compiled = NestedStructures.of(type, naming);
            structure = compiled;
        }
        return compiled;
    }
}
