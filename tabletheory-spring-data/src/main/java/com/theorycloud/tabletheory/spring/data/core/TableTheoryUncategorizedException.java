package com.theorycloud.tabletheory.spring.data.core;

import org.springframework.dao.UncategorizedDataAccessException;

/**
 * An engine error with no closer Spring equivalent (encryption, write policy, release-state errors); the cause is
 * the engine's {@link com.theorycloud.tabletheory.error.TableTheoryException} with its error code.
 */
public class TableTheoryUncategorizedException extends UncategorizedDataAccessException {

    private static final long serialVersionUID = 1L;

    /** Wraps an engine error. */
    public TableTheoryUncategorizedException(String message, Throwable cause) {
        super(message, cause);
    }
}
