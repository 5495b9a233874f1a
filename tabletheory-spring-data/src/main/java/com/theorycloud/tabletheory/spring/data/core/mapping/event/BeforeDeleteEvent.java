package com.theorycloud.tabletheory.spring.data.core.mapping.event;

/**
 * Published before an entity (or a key) is deleted.
 *
 * @param <T> the entity type
 */
public class BeforeDeleteEvent<T> extends TableTheoryMappingEvent<T> {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the event.
     *
     * @param source the entity or its key
     * @param type   the entity type
     */
    public BeforeDeleteEvent(Object source, Class<T> type) {
        super(source, type);
    }
}
