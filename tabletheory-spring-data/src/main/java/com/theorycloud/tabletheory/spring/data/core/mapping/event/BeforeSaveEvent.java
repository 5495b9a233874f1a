package com.theorycloud.tabletheory.spring.data.core.mapping.event;

/**
 * Published right before the write call, after callbacks ran.
 *
 * @param <T> the entity type
 */
public class BeforeSaveEvent<T> extends TableTheoryMappingEvent<T> {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the event.
     *
     * @param source the entity
     * @param type   the entity type
     */
    public BeforeSaveEvent(Object source, Class<T> type) {
        super(source, type);
    }
}
