package com.theorycloud.tabletheory.error;

import org.jspecify.annotations.Nullable;

/**
 * An outbox record is malformed or carries what looks like a secret (credentials, private keys, passwords), which outbox rows must never hold ({@code ErrUnsafeOutboxRecord}).
 */
public class UnsafeOutboxRecordException extends TableTheoryException {

    private static final long serialVersionUID = 1L;

    /** The TableTheory error code of this exception. */
    public static final String CODE = "ErrUnsafeOutboxRecord";

    /**
     * Creates the exception.
     *
     * @param modelName the model involved, or {@code null}
     * @param message   what happened and how to fix it
     * @param cause     the underlying failure, or {@code null}
     */
    public UnsafeOutboxRecordException(@Nullable String modelName, String message, @Nullable Throwable cause) {
        super(CODE, modelName, message, cause);
    }

    /**
     * Creates the exception without a cause.
     *
     * @param modelName the model involved, or {@code null}
     * @param message   what happened and how to fix it
     */
    public UnsafeOutboxRecordException(@Nullable String modelName, String message) {
        this(modelName, message, null);
    }

}
