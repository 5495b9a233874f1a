package com.theorycloud.tabletheory.error;

import org.jspecify.annotations.Nullable;

/**
 * A value cannot be stored as its attribute's type: a number out of DynamoDB's range, NaN, an invalid set ({@code ErrInvalidValue}). Raised before any call to DynamoDB.
 */
public class InvalidValueException extends TableTheoryException {

    private static final long serialVersionUID = 1L;

    /** The TableTheory error code of this exception. */
    public static final String CODE = "ErrInvalidValue";

    /**
     * Creates the exception.
     *
     * @param modelName the model involved, or {@code null}
     * @param message   what happened and how to fix it
     * @param cause     the underlying failure, or {@code null}
     */
    public InvalidValueException(@Nullable String modelName, String message, @Nullable Throwable cause) {
        super(CODE, modelName, message, cause);
    }

    /**
     * Creates the exception without a cause.
     *
     * @param modelName the model involved, or {@code null}
     * @param message   what happened and how to fix it
     */
    public InvalidValueException(@Nullable String modelName, String message) {
        this(modelName, message, null);
    }
}
