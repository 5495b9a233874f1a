package com.theorycloud.tabletheory.spring.data.core.mapping.event;

/**
 * Published after a successful write with the entity as stored (version and timestamps filled).
 *
 * @param <T> the entity type
 */
public class AfterSaveEvent<T> extends TableTheoryMappingEvent<T> {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the event.
     *
     * @param source the entity as stored
     * @param type   the entity type
     */
    public AfterSaveEvent(Object source, Class<T> type) {
        super(source, type);
    }
}
