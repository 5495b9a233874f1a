package com.theorycloud.tabletheory.spring.data.core.mapping.event;

import org.springframework.data.mapping.callback.EntityCallback;

/**
 * Called after an entity was written, with the entity as stored; may return a changed copy.
 * Declare a bean implementing it; callbacks run in {@code @Order}.
 *
 * @param <T> the entity type
 */
@FunctionalInterface
public interface AfterSaveCallback<T> extends EntityCallback<T> {

    /**
     * Called after the write.
     *
     * @param entity the entity
     * @param type   the entity type
     * @return the entity to continue with (the same or a replacement, e.g. a copy of an immutable record)
     */
    T onAfterSave(T entity, Class<T> type);
}
