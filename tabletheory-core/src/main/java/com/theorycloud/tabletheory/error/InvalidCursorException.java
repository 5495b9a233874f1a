package com.theorycloud.tabletheory.error;

import org.jspecify.annotations.Nullable;

/**
 * A paging cursor is garbled, tampered with, or belongs to another table, index or sort direction ({@code ErrInvalidCursor}).
 */
public class InvalidCursorException extends TableTheoryException {

    private static final long serialVersionUID = 1L;

    /** The TableTheory error code of this exception. */
    public static final String CODE = "ErrInvalidCursor";

    /**
     * Creates the exception.
     *
     * @param modelName the model involved, or {@code null}
     * @param message   what happened and how to fix it
     * @param cause     the underlying failure, or {@code null}
     */
    public InvalidCursorException(@Nullable String modelName, String message, @Nullable Throwable cause) {
        super(CODE, modelName, message, cause);
    }

    /**
     * Creates the exception without a cause.
     *
     * @param modelName the model involved, or {@code null}
     * @param message   what happened and how to fix it
     */
    public InvalidCursorException(@Nullable String modelName, String message) {
        this(modelName, message, null);
    }
}
