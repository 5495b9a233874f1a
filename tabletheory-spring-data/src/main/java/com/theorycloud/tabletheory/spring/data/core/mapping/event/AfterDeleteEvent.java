package com.theorycloud.tabletheory.spring.data.core.mapping.event;

/**
 * Published after an entity (or a key) was deleted.
 *
 * @param <T> the entity type
 */
public class AfterDeleteEvent<T> extends TableTheoryMappingEvent<T> {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the event.
     *
     * @param source the entity or its key
     * @param type   the entity type
     */
    public AfterDeleteEvent(Object source, Class<T> type) {
        super(source, type);
    }
}
