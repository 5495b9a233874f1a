package com.theorycloud.tabletheory.error;

import org.jspecify.annotations.Nullable;

/**
 * A query, scan, batch or transaction request is not valid, e.g. a consistent read on a GSI or a transaction over 100 actions ({@code ErrInvalidOperator}).
 */
public class InvalidOperatorException extends TableTheoryException {

    private static final long serialVersionUID = 1L;

    /** The TableTheory error code of this exception. */
    public static final String CODE = "ErrInvalidOperator";

    /**
     * Creates the exception.
     *
     * @param modelName the model involved, or {@code null}
     * @param message   what happened and how to fix it
     * @param cause     the underlying failure, or {@code null}
     */
    public InvalidOperatorException(@Nullable String modelName, String message, @Nullable Throwable cause) {
        super(CODE, modelName, message, cause);
    }

    /**
     * Creates the exception without a cause.
     *
     * @param modelName the model involved, or {@code null}
     * @param message   what happened and how to fix it
     */
    public InvalidOperatorException(@Nullable String modelName, String message) {
        this(modelName, message, null);
    }
}
