package com.theorycloud.tabletheory.mapping.internal;

import com.theorycloud.tabletheory.error.InvalidModelException;
import com.theorycloud.tabletheory.error.InvalidValueException;
import com.theorycloud.tabletheory.mapping.ItemCodec;
import com.theorycloud.tabletheory.mapping.internal.values.DynamoNumbers;
import com.theorycloud.tabletheory.model.AttributeSchema;
import com.theorycloud.tabletheory.model.DynamoType;
import com.theorycloud.tabletheory.model.ModelSchema;
import com.theorycloud.tabletheory.model.internal.ModelBlueprint;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
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
        // A single value for a set attribute is one element, as a contains() condition compares it.
        DynamoType target = attribute.type().isSet() && !(logical instanceof Collection<?>)
                ? elementType(attribute.type()) : attribute.type();
        AttributeValue converted;
        try {
            converted = scalar(target, logical);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(schema.name(), "cannot store " + schema.name() + "." + property.property
                    + " as " + target + ": " + e.getMessage(), e);
        }
        if (converted != null) {
            return converted;
        }
        throw new InvalidValueException(schema.name(), "a " + logical.getClass().getName() + " cannot be stored as "
                + schema.name() + "." + property.property + " (" + attribute.type() + "): pass a "
                + property.valueClass.getSimpleName() + " value");
    }

    private static DynamoType elementType(DynamoType setType) {
        return setType == DynamoType.SS ? DynamoType.S : setType == DynamoType.NS ? DynamoType.N : DynamoType.B;
    }

    /** The convenience forms: a String for S or N, any Number for N, byte[] for B; {@code null} otherwise. */
    private static @Nullable AttributeValue scalar(DynamoType type, Object value) {
        if (type == DynamoType.S && value instanceof String text) {
            return AttributeValue.fromS(text);
        }
        if (type == DynamoType.N && value instanceof Number number) {
            return ScalarConverters.number(number);
        }
        if (type == DynamoType.N && value instanceof String text) {
            return AttributeValue.fromN(DynamoNumbers.formatText(text));
        }
        if (type == DynamoType.B && value instanceof byte[] bytes) {
            return AttributeValue.fromB(SdkBytes.fromByteArray(bytes));
        }
        return null;
    }

    @Override
    public String toString() {
        return "BeanItemCodec[" + type.getName() + "]";
    }
}
