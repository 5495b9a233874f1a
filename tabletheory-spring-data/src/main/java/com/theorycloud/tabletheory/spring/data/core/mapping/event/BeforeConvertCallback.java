package com.theorycloud.tabletheory.spring.data.core.mapping.event;

import org.springframework.data.mapping.callback.EntityCallback;

/**
 * Called before an entity is saved, before it is encoded; may return a changed copy (e.g. to set ids).
 * Declare a bean implementing it; callbacks run in {@code @Order}.
 *
 * @param <T> the entity type
 */
@FunctionalInterface
public interface BeforeConvertCallback<T> extends EntityCallback<T> {

    /**
     * Called before the entity is encoded.
     *
     * @param entity the entity
     * @param type   the entity type
     * @return the entity to continue with (the same or a replacement, e.g. a copy of an immutable record)
     */
    T onBeforeConvert(T entity, Class<T> type);
}
