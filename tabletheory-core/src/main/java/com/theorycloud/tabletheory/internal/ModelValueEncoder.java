package com.theorycloud.tabletheory.internal;

import com.theorycloud.tabletheory.error.EncryptedFieldNotQueryableException;
import com.theorycloud.tabletheory.error.InvalidValueException;
import com.theorycloud.tabletheory.expression.AttributePath;
import com.theorycloud.tabletheory.expression.internal.PlainValues;
import com.theorycloud.tabletheory.expression.internal.ValueEncoder;
import com.theorycloud.tabletheory.mapping.ItemCodec;
import com.theorycloud.tabletheory.model.AttributeSchema;
import com.theorycloud.tabletheory.model.DynamoType;
import com.theorycloud.tabletheory.model.ModelSchema;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Encodes condition operands for one model: an operand compared with a whole model attribute goes through that
 * attribute's converter; prefixes, set elements and nested values use the plain document mapping. Encrypted attributes
 * cannot appear in conditions at all.
 */
public final class ModelValueEncoder implements ValueEncoder {

    private final ItemCodec<?> codec;
    private final ModelSchema schema;
    private final Map<String, AttributeSchema> attributes;

    /** Creates the encoder of one codec's model. */
    public ModelValueEncoder(ItemCodec<?> codec) {
        this.codec = codec;
        this.schema = codec.schema();
        this.attributes = schema.attributesByName();
    }

    @Override
    public void checkQueryable(AttributePath path) {
        AttributeSchema attribute = attributes.get(path.attributeName());
        if (attribute != null && attribute.encrypted()) {
            throw new EncryptedFieldNotQueryableException(schema.name(), "Model " + schema.name() + ": attribute '"
                    + attribute.name() + "' is encrypted and cannot be used in a condition, filter or key condition"
                    + " (its stored value is a random envelope); use a non-encrypted attribute instead");
        }
    }

    @Override
    public AttributeValue encode(AttributePath path, @Nullable Object value, Use use) {
        checkQueryable(path);
        AttributeSchema attribute = attributes.get(path.attributeName());
        if (value instanceof AttributeValue av) {
            return notEmptySet(path, av);
        }
        try {
            if (value == null) {
                return AttributeValue.fromNul(true);
            }
            if (attribute == null || !path.isTopLevel() || !usesConverter(attribute, value, use)) {
                return notEmptySet(path, PlainValues.toAttributeValue(value));
            }
            return notEmptySet(path, codec.encodeValue(attribute.name(), value));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(schema.name(), "Model " + schema.name() + ": the condition value for '"
                    + path + "' cannot be stored: " + e.getMessage(), e);
        }
    }

    /** DynamoDB refuses empty sets as operands; caught here so the message can name the attribute and the fix. */
    private AttributeValue notEmptySet(AttributePath path, AttributeValue value) {
        boolean empty = (value.hasSs() && value.ss().isEmpty()) || (value.hasNs() && value.ns().isEmpty())
                || (value.hasBs() && value.bs().isEmpty());
        if (empty) {
            throw new InvalidValueException(schema.name(), "Model " + schema.name() + ": the condition value for '"
                    + path + "' is an empty set, which DynamoDB cannot compare (an item never stores an empty set);"
                    + " test for absence with Condition.attributeNotExists(\"" + path + "\") instead");
        }
        return value;
    }

    private static boolean usesConverter(AttributeSchema attribute, Object value, Use use) {
        return switch (use) {
            case VALUE -> true;
            // A prefix or substring is not a whole value of the attribute (not a valid enum or date, say).
            case PREFIX -> !(value instanceof CharSequence || value instanceof byte[]);
            case ELEMENT -> !attribute.type().isSet() && attribute.type() != DynamoType.L
                    && !(value instanceof CharSequence || value instanceof byte[]);
        };
    }
}
