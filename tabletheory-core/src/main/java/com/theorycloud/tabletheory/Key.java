package com.theorycloud.tabletheory;

import java.io.Serializable;

import org.jspecify.annotations.Nullable;

/**
 * The primary key of one item: its partition value and, for models with a sort key, its sort value. Values are
 * logical Java values converted with the key attributes' converters (an
 * {@link software.amazon.awssdk.services.dynamodb.model.AttributeValue} is used as given).
 *
 * <p>Serializable (when its values are), because Spring Data REST builds item links only from serializable ids.
 *
 * @param partition the partition key value
 * @param sort      the sort key value, or {@code null} for models without a sort key
 */
public record Key(Object partition, @Nullable Object sort) implements Serializable {

    /** The key of a model without a sort key. */
    public static Key of(Object partition) {
        return new Key(partition, null);
    }

    /** The key of a model with a sort key. */
    public static Key of(Object partition, Object sort) {
        return new Key(partition, sort);
    }
}
