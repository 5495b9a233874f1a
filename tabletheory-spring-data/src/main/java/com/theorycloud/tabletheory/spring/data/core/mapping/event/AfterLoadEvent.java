package com.theorycloud.tabletheory.spring.data.core.mapping.event;

/**
 * Published for every entity read by a repository or the template.
 *
 * @param <T> the entity type
 */
public class AfterLoadEvent<T> extends TableTheoryMappingEvent<T> {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the event.
     *
     * @param source the entity as read
     * @param type   the entity type
     */
    public AfterLoadEvent(Object source, Class<T> type) {
        super(source, type);
    }
}
