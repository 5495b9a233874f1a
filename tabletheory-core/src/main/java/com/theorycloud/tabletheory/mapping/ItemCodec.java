package com.theorycloud.tabletheory.mapping;

import com.theorycloud.tabletheory.model.ModelSchema;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Converts between one model's Java representation and DynamoDB items. A codec is built once per model and reused
 * by every call; implementations never reflect per call.
 *
 * <p>The codec is a faithful mapper: it writes every non-null attribute, empty values included. Lifecycle rules
 * (omit-empty, versions, timestamps, TTL) are applied by the engine on the encoded item, so they are the same for
 * every codec.
 *
 * @param <T> the Java type of the model's items
 */
public interface ItemCodec<T> {

    /** The model this codec maps. */
    ModelSchema schema();

    /**
     * Encodes an item. Null properties are left out; empty strings, zero numbers and empty collections are kept
     * (empty sets as an {@link AttributeValue} with an empty set list) so the engine can apply omit-empty rules.
     *
     * @throws com.theorycloud.tabletheory.error.InvalidValueException when a value cannot be stored as its type
     */
    Map<String, AttributeValue> encode(T item);

    /** Decodes a stored item (possibly a projection holding only some attributes). */
    T decode(Map<String, AttributeValue> item);

    /**
     * Encodes one logical value as the named attribute would store it, using that attribute's converter; used for
     * keys, conditions and query values.
     *
     * @throws com.theorycloud.tabletheory.error.InvalidModelException when the model has no such attribute
     * @throws com.theorycloud.tabletheory.error.InvalidValueException when the value cannot be stored as its type
     */
    AttributeValue encodeValue(String attributeName, Object value);
}
