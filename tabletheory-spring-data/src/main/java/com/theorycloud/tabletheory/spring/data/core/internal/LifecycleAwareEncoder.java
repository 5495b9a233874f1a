package com.theorycloud.tabletheory.spring.data.core.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Set;
import java.util.stream.Collectors;

import com.theorycloud.tabletheory.expression.AttributePath;
import com.theorycloud.tabletheory.expression.internal.ValueEncoder;
import com.theorycloud.tabletheory.internal.Timestamps;
import com.theorycloud.tabletheory.model.AttributeRole;
import com.theorycloud.tabletheory.model.AttributeSchema;
import com.theorycloud.tabletheory.model.ModelSchema;

import org.jspecify.annotations.Nullable;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Encodes operands compared with the lifecycle timestamps ({@code created_at}, {@code updated_at}) in the fixed
 * nine-digit form the engine writes them in, so range comparisons on them are correct: the model's converter would
 * trim trailing zeros, and strings of different fraction widths do not sort as instants.
 */
final class LifecycleAwareEncoder implements ValueEncoder {

    private final Set<String> timestamps;
    private final ValueEncoder delegate;

    LifecycleAwareEncoder(ModelSchema schema, ValueEncoder delegate) {
        this.timestamps = schema.attributes().stream()
                .filter(a -> a.hasRole(AttributeRole.CREATED_AT) || a.hasRole(AttributeRole.UPDATED_AT))
                .map(AttributeSchema::name).collect(Collectors.toUnmodifiableSet());
        this.delegate = delegate;
    }

    @Override
    public AttributeValue encode(AttributePath path, @Nullable Object value, Use use) {
        if (use == Use.VALUE && path.isTopLevel() && timestamps.contains(path.attributeName())) {
            Instant instant = value instanceof Instant i ? i : value instanceof OffsetDateTime o ? o.toInstant()
                    : value instanceof ZonedDateTime z ? z.toInstant() : null;
            if (instant != null) {
                return AttributeValue.fromS(Timestamps.format(instant));
            }
        }
        return delegate.encode(path, value, use);
    }
}
