package com.theorycloud.tabletheory.spring.data.core.mapping.event;

import org.springframework.data.mapping.callback.EntityCallback;

/**
 * Called for every entity read; may return a changed copy (e.g. to fill transient fields).
 * Declare a bean implementing it; callbacks run in {@code @Order}.
 *
 * @param <T> the entity type
 */
@FunctionalInterface
public interface AfterLoadCallback<T> extends EntityCallback<T> {

    /**
     * Called after the read.
     *
     * @param entity the entity
     * @param type   the entity type
     * @return the entity to continue with (the same or a replacement, e.g. a copy of an immutable record)
     */
    T onAfterLoad(T entity, Class<T> type);
}
