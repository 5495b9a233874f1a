package com.theorycloud.tabletheory.mapping.internal;

import com.theorycloud.tabletheory.error.InvalidModelException;
import com.theorycloud.tabletheory.error.InvalidValueException;
import com.theorycloud.tabletheory.mapping.ItemCodec;
import com.theorycloud.tabletheory.model.AttributeSchema;
import com.theorycloud.tabletheory.model.DynamoType;
import com.theorycloud.tabletheory.model.ModelSchema;
import com.theorycloud.tabletheory.model.internal.ModelBlueprint;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The item codec of an annotated record or class, compiled once from its blueprint.
 *
 * @param <T> the model type
 */
public final class BeanItemCodec<T> implements ItemCodec<T> {

    private final ModelSchema schema;
    private final Class<T> type;
    private final BeanStructure structure;

    private BeanItemCodec(ModelSchema schema, Class<T> type, BeanStructure structure) {
        this.schema = schema;
        this.type = type;
        this.structure = structure;
    }

    /** Compiles the codec of a model. */
    public static <T> BeanItemCodec<T> compile(Class<T> type, ModelBlueprint blueprint) {
        return new BeanItemCodec<>(blueprint.schema(), type, BeanStructure.compile(blueprint.structure(), false));
    }

    @Override
    public ModelSchema schema() {
        return schema;
    }

    @Override
    public Map<String, AttributeValue> encode(T item) {
        return structure.encode(item);
    }

    @Override
    public T decode(Map<String, AttributeValue> item) {
        return type.cast(structure.decode(item));
    }

    @Override
    public AttributeValue encodeValue(String attributeName, Object value) {
        BeanStructure.Property property = structure.property(attributeName);
        if (property == null) {
            throw new InvalidModelException(schema.name(), schema.name() + " has no attribute '" + attributeName
                    + "': use one of " + schema.attributesByName().keySet());
        }
        Object logical = value instanceof Optional<?> optional ? optional.orElse(null) : value;
        if (logical == null) {
            throw new InvalidValueException(schema.name(), "cannot encode an empty value for " + schema.name() + "."
                    + property.property + ": pass a value");
        }
        if (logical instanceof AttributeValue stored) {
            return stored;
        }
        if (property.valueClass.isInstance(logical)) {
            return structure.write(property, logical);
        }
        AttributeSchema attribute = property.schema;
        if (attribute.type() == DynamoType.S && logical instanceof String text) {
            return AttributeValue.fromS(text);
        }
        if (attribute.type() == DynamoType.N && (logical instanceof String || logical instanceof Number)) {
            try {
                return AttributeValue.fromN(logical instanceof Number number ? DynamoNumbers.format(number)
                        : DynamoNumbers.formatText((String) logical));
            } catch (IllegalArgumentException e) {
                throw new InvalidValueException(schema.name(), "cannot store " + schema.name() + "."
                        + property.property + " as N: " + e.getMessage(), e);
            }
        }
        if (attribute.type() == DynamoType.B && logical instanceof byte[] bytes) {
            return AttributeValue.fromB(SdkBytes.fromByteArray(bytes));
        }
        throw new InvalidValueException(schema.name(), "a " + logical.getClass().getName() + " cannot be stored as "
                + schema.name() + "." + property.property + " (" + attribute.type() + "): pass a "
                + property.valueClass.getSimpleName() + " value");
    }

    @Override
    public String toString() {
        return "BeanItemCodec[" + type.getName() + "]";
    }
}
