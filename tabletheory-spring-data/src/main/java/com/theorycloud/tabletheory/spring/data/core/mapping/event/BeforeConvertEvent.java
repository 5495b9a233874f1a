package com.theorycloud.tabletheory.spring.data.core.mapping.event;

/**
 * Published before an entity is saved, before it is encoded; listeners may still change a mutable entity.
 *
 * @param <T> the entity type
 */
public class BeforeConvertEvent<T> extends TableTheoryMappingEvent<T> {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the event.
     *
     * @param source the entity
     * @param type   the entity type
     */
    public BeforeConvertEvent(Object source, Class<T> type) {
        super(source, type);
    }
}
