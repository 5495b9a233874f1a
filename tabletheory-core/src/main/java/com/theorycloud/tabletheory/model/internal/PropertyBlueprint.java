package com.theorycloud.tabletheory.model.internal;

import com.theorycloud.tabletheory.mapping.AttributeConverter;
import com.theorycloud.tabletheory.model.AttributeSchema;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import org.jspecify.annotations.Nullable;

/**
 * One mapped property as read from a record component or field: its attribute, converter and how to reach it.
 *
 * @param schema    the attribute it is stored as
 * @param javaType  the declared Java class of the property (possibly {@code Optional})
 * @param valueClass the Java class of the converted value ({@code javaType}, or the type an {@code Optional} holds)
 * @param optional  whether the property is an {@code Optional} wrapping the converted value
 * @param converter converts the (unwrapped) value
 * @param getter    the record accessor or class getter, or {@code null} to read {@code field}
 * @param setter    the class setter, or {@code null} to write {@code field} (records use their constructor)
 * @param field     the backing field of a class property, or {@code null} for records
 * @param position  the record component's position in the canonical constructor, or -1 for classes
 */
public record PropertyBlueprint(AttributeSchema schema, Class<?> javaType, Class<?> valueClass,
        boolean optional,
        AttributeConverter<Object> converter, @Nullable Method getter, @Nullable Method setter,
        @Nullable Field field, int position) {

    /** The Java property name. */
    public String property() {
        return schema.property();
    }

    /** The DynamoDB attribute name. */
    public String attributeName() {
        return schema.name();
    }
}
