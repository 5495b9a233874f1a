package com.theorycloud.tabletheory.error;

import org.jspecify.annotations.Nullable;

/**
 * An item exceeds DynamoDB's 400 KB item size limit ({@code ErrItemTooLarge}). Raised before any call to DynamoDB.
 */
public class ItemTooLargeException extends TableTheoryException {

    private static final long serialVersionUID = 1L;

    /** The TableTheory error code of this exception. */
    public static final String CODE = "ErrItemTooLarge";

    /**
     * Creates the exception.
     *
     * @param modelName the model involved, or {@code null}
     * @param message   what happened and how to fix it
     * @param cause     the underlying failure, or {@code null}
     */
    public ItemTooLargeException(@Nullable String modelName, String message, @Nullable Throwable cause) {
        super(CODE, modelName, message, cause);
    }

    /**
     * Creates the exception without a cause.
     *
     * @param modelName the model involved, or {@code null}
     * @param message   what happened and how to fix it
     */
    public ItemTooLargeException(@Nullable String modelName, String message) {
        this(modelName, message, null);
    }
}
