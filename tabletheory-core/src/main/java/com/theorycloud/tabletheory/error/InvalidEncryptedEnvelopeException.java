package com.theorycloud.tabletheory.error;

import org.jspecify.annotations.Nullable;

/**
 * A stored encryption envelope is malformed or fails authentication ({@code ErrInvalidEncryptedEnvelope}).
 */
public class InvalidEncryptedEnvelopeException extends TableTheoryException {

    private static final long serialVersionUID = 1L;

    /** The TableTheory error code of this exception. */
    public static final String CODE = "ErrInvalidEncryptedEnvelope";

    /**
     * Creates the exception.
     *
     * @param modelName the model involved, or {@code null}
     * @param message   what happened and how to fix it
     * @param cause     the underlying failure, or {@code null}
     */
    public InvalidEncryptedEnvelopeException(@Nullable String modelName, String message, @Nullable Throwable cause) {
        super(CODE, modelName, message, cause);
    }

    /**
     * Creates the exception without a cause.
     *
     * @param modelName the model involved, or {@code null}
     * @param message   what happened and how to fix it
     */
    public InvalidEncryptedEnvelopeException(@Nullable String modelName, String message) {
        this(modelName, message, null);
    }
}
