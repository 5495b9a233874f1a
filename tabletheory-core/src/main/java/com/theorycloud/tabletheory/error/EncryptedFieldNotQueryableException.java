package com.theorycloud.tabletheory.error;

import org.jspecify.annotations.Nullable;

/**
 * An encrypted attribute was used as a key, index key, filter or condition ({@code ErrEncryptedFieldNotQueryable}).
 */
public class EncryptedFieldNotQueryableException extends TableTheoryException {

    private static final long serialVersionUID = 1L;

    /** The TableTheory error code of this exception. */
    public static final String CODE = "ErrEncryptedFieldNotQueryable";

    /**
     * Creates the exception.
     *
     * @param modelName the model involved, or {@code null}
     * @param message   what happened and how to fix it
     * @param cause     the underlying failure, or {@code null}
     */
    public EncryptedFieldNotQueryableException(@Nullable String modelName, String message, @Nullable Throwable cause) {
        super(CODE, modelName, message, cause);
    }

    /**
     * Creates the exception without a cause.
     *
     * @param modelName the model involved, or {@code null}
     * @param message   what happened and how to fix it
     */
    public EncryptedFieldNotQueryableException(@Nullable String modelName, String message) {
        this(modelName, message, null);
    }
}
