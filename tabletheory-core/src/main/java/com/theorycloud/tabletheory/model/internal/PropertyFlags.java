package com.theorycloud.tabletheory.model.internal;

import com.theorycloud.tabletheory.mapping.AttributeConverter;
import org.jspecify.annotations.Nullable;

/**
 * What a property's annotations ask of its conversion.
 *
 * @param set       store a collection as a DynamoDB set ({@code @DynamoSet})
 * @param json      store through Jackson as a native map ({@code @Json})
 * @param binary    store as binary ({@code @Binary})
 * @param ttl       store a time as epoch seconds ({@code @Ttl})
 * @param converter the converter named by {@code @Convert}, already instantiated, or {@code null}
 */
public record PropertyFlags(boolean set, boolean json, boolean binary, boolean ttl,
        @Nullable AttributeConverter<?> converter) {

    /** No annotations: the type's own conversion. */
    public static final PropertyFlags NONE = new PropertyFlags(false, false, false, false, null);
}
