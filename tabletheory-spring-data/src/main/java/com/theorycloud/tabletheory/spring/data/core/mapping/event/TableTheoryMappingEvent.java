package com.theorycloud.tabletheory.spring.data.core.mapping.event;

import org.springframework.context.ApplicationEvent;

/**
 * Base of the lifecycle events the template publishes as Spring application events; listen with
 * {@code @EventListener} for a subtype to audit, log or validate entities.
 *
 * @param <T> the entity type
 */
public abstract class TableTheoryMappingEvent<T> extends ApplicationEvent {

    private static final long serialVersionUID = 1L;

    private final transient Class<T> type;

    /**
     * An event about an entity (or, for deletes by id, the id) of the given type.
     *
     * @param source the entity or id
     * @param type   the entity type
     */
    protected TableTheoryMappingEvent(Object source, Class<T> type) {
        super(source);
        this.type = type;
    }

    /** The entity type the event concerns. */
    public Class<T> getType() {
        return type;
    }
}
