package com.theorycloud.tabletheory.mapping;

import com.theorycloud.tabletheory.model.DynamoType;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Converts one Java type to and from a DynamoDB attribute value. Implement it for types the engine does not map out
 * of the box and name it with {@code @Convert} on the property. Implementations must be stateless and thread-safe,
 * and have a public no-argument constructor when named by annotation.
 *
 * @param <T> the Java type converted
 */
public interface AttributeConverter<T> {

    /** The DynamoDB type values are stored as. */
    DynamoType storedType();

    /** Converts a non-null Java value to its stored form. */
    AttributeValue write(T value);

    /** Converts a stored value back to Java. Never called with a {@code NULL} attribute value. */
    T read(AttributeValue value);
}
