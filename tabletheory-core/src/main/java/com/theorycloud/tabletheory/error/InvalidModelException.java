package com.theorycloud.tabletheory.error;

import org.jspecify.annotations.Nullable;

/**
 * A model definition (annotations or DMS YAML) or a write that breaks the model's rules is invalid ({@code ErrInvalidModel}).
 */
public class InvalidModelException extends TableTheoryException {

    private static final long serialVersionUID = 1L;

    /** The TableTheory error code of this exception. */
    public static final String CODE = "ErrInvalidModel";

    /**
     * Creates the exception.
     *
     * @param modelName the model involved, or {@code null}
     * @param message   what happened and how to fix it
     * @param cause     the underlying failure, or {@code null}
     */
    public InvalidModelException(@Nullable String modelName, String message, @Nullable Throwable cause) {
        super(CODE, modelName, message, cause);
    }

    /**
     * Creates the exception without a cause.
     *
     * @param modelName the model involved, or {@code null}
     * @param message   what happened and how to fix it
     */
    public InvalidModelException(@Nullable String modelName, String message) {
        this(modelName, message, null);
    }
}
