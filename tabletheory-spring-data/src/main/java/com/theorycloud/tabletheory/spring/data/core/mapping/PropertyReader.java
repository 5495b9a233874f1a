package com.theorycloud.tabletheory.spring.data.core.mapping;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;

import org.jspecify.annotations.Nullable;

/**
 * Reads one property of an entity through a method handle resolved once: the record accessor for records, the field
 * otherwise. Used for ids and versions, so no reflective lookup happens per call.
 */
final class PropertyReader {

    private final String property;
    private final MethodHandle handle;

    private PropertyReader(String property, MethodHandle handle) {
        this.property = property;
        this.handle = handle;
    }

    static PropertyReader of(Class<?> type, String property) {
        try {
            if (type.isRecord()) {
                for (RecordComponent component : type.getRecordComponents()) {
                    if (component.getName().equals(property)) {
                        var accessor = component.getAccessor();
                        accessor.setAccessible(true);
                        return new PropertyReader(property, MethodHandles.lookup().unreflect(accessor));
                    }
                }
            }
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                try {
                    Field field = c.getDeclaredField(property);
                    field.setAccessible(true);
                    return new PropertyReader(property, MethodHandles.lookup().unreflectGetter(field));
                } catch (NoSuchFieldException ignored) {
                    // keep looking in the superclass
                }
            }
        } catch (IllegalAccessException | RuntimeException e) {
            throw new IllegalStateException("Cannot read property '" + property + "' of " + type.getName()
                    + ": " + e.getMessage() + "; open the package to Spring or make the property accessible", e);
        }
        throw new IllegalStateException("Type " + type.getName() + " has no property '" + property + "'");
    }

    @Nullable Object read(Object entity) {
        try {
            return handle.invoke(entity);
        } catch (Throwable e) {
            throw new IllegalStateException("Cannot read property '" + property + "' of "
                    + entity.getClass().getName() + ": " + e.getMessage(), e);
        }
    }
}
