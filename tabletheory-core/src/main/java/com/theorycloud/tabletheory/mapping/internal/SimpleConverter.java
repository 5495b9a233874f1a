package com.theorycloud.tabletheory.mapping.internal;

import com.theorycloud.tabletheory.mapping.AttributeConverter;
import com.theorycloud.tabletheory.model.DynamoType;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A converter made of two functions; the shape of every built-in scalar converter.
 *
 * @param storedType the DynamoDB type written
 * @param writer     Java value to attribute value
 * @param reader     attribute value to Java value
 * @param <T>        the Java type
 */
record SimpleConverter<T>(DynamoType storedType, Function<T, AttributeValue> writer,
        Function<AttributeValue, T> reader) implements AttributeConverter<T> {

    @Override
    public AttributeValue write(T value) {
        return writer.apply(value);
    }

    @Override
    public T read(AttributeValue value) {
        return reader.apply(value);
    }
}
