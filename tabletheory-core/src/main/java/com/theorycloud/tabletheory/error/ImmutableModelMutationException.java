package com.theorycloud.tabletheory.error;

import org.jspecify.annotations.Nullable;

/**
 * A write would update, overwrite or delete an item of a write-once model ({@code ErrImmutableModelMutation}).
 */
public class ImmutableModelMutationException extends TableTheoryException {

    private static final long serialVersionUID = 1L;

    /** The TableTheory error code of this exception. */
    public static final String CODE = "ErrImmutableModelMutation";

    /**
     * Creates the exception.
     *
     * @param modelName the model involved, or {@code null}
     * @param message   what happened and how to fix it
     * @param cause     the underlying failure, or {@code null}
     */
    public ImmutableModelMutationException(@Nullable String modelName, String message, @Nullable Throwable cause) {
        super(CODE, modelName, message, cause);
    }

    /**
     * Creates the exception without a cause.
     *
     * @param modelName the model involved, or {@code null}
     * @param message   what happened and how to fix it
     */
    public ImmutableModelMutationException(@Nullable String modelName, String message) {
        this(modelName, message, null);
    }
}
