package com.theorycloud.tabletheory.mapping.internal;

import com.theorycloud.tabletheory.mapping.AttributeConverter;
import com.theorycloud.tabletheory.model.DynamoType;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Stores an enum constant as its name ({@code S}).
 */
final class EnumConverter implements AttributeConverter<Enum<?>> {

    private final Class<?> type;
    private final Enum<?>[] constants;

    EnumConverter(Class<?> type) {
        this.type = type;
        this.constants = (Enum<?>[]) type.getEnumConstants();
    }

    @Override
    public DynamoType storedType() {
        return DynamoType.S;
    }

    @Override
    public AttributeValue write(Enum<?> value) {
        return AttributeValue.fromS(value.name());
    }

    @Override
    public Enum<?> read(AttributeValue value) {
        String name = StoredValues.s(value);
        for (Enum<?> constant : constants) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("stored value '" + name + "' is not a constant of " + type.getName());
    }
}
