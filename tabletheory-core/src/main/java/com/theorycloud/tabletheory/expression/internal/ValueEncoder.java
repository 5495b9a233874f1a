package com.theorycloud.tabletheory.expression.internal;

import com.theorycloud.tabletheory.expression.AttributePath;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Converts the logical values of a condition into attribute values; supplied by the engine so model attributes use
 * their converters.
 */
@FunctionalInterface
public interface ValueEncoder {

    /** How an operand relates to the attribute at its path. */
    enum Use {
        /** A value of the attribute itself ({@code =}, {@code <}, {@code BETWEEN}, {@code IN}). */
        VALUE,
        /** A prefix of a string or binary attribute ({@code begins_with}). */
        PREFIX,
        /** A substring, or an element of a set or list ({@code contains}). */
        ELEMENT
    }

    /** Encodes one operand compared with the attribute at {@code path}. */
    AttributeValue encode(AttributePath path, @Nullable Object value, Use use);

    /**
     * Refuses attributes that cannot appear in a condition at all; nothing is refused by default.
     *
     * @throws com.theorycloud.tabletheory.error.EncryptedFieldNotQueryableException for an encrypted attribute
     */
    default void checkQueryable(AttributePath path) {
    }

    /** An encoder that ignores the model and uses the plain document mapping; for schema-less use and tests. */
    static ValueEncoder plain() {
        return (path, value, use) -> PlainValues.toAttributeValue(value);
    }
}
