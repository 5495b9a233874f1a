package com.theorycloud.tabletheory.error;

import org.jspecify.annotations.Nullable;

/**
 * An idempotency key was replayed with different request inputs ({@code ErrIdempotencyKeyMismatch}); the engine fails closed, so use a new key for a new request.
 */
public class IdempotencyKeyMismatchException extends TableTheoryException {

    private static final long serialVersionUID = 1L;

    /** The TableTheory error code of this exception. */
    public static final String CODE = "ErrIdempotencyKeyMismatch";

    /**
     * Creates the exception.
     *
     * @param modelName the model involved, or {@code null}
     * @param message   what happened and how to fix it
     * @param cause     the underlying failure, or {@code null}
     */
    public IdempotencyKeyMismatchException(@Nullable String modelName, String message, @Nullable Throwable cause) {
        super(CODE, modelName, message, cause);
    }

    /**
     * Creates the exception without a cause.
     *
     * @param modelName the model involved, or {@code null}
     * @param message   what happened and how to fix it
     */
    public IdempotencyKeyMismatchException(@Nullable String modelName, String message) {
        this(modelName, message, null);
    }

}
