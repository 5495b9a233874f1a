package com.theorycloud.tabletheory.spring.data.repository.query;

/**
 * A repository query method that TableTheory cannot run efficiently or at all, found at startup: the message names
 * the repository method, what is wrong and how to fix it (an index to declare, {@code @AllowScan}, a supported
 * keyword or return type).
 */
public class QueryMethodValidationException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    /** A validation failure with its full explanation. */
    public QueryMethodValidationException(String message) {
        super(message);
    }

    /** A validation failure caused by another error (e.g. an unknown property in the method name). */
    public QueryMethodValidationException(String message, Throwable cause) {
        super(message, cause);
    }
}
