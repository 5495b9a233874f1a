package com.theorycloud.tabletheory.error;

import org.jspecify.annotations.Nullable;

/**
 * DynamoDB throttled the request and the SDK's retries were exhausted ({@code ErrThrottled}).
 */
public class ThrottledException extends TableTheoryException {

    private static final long serialVersionUID = 1L;

    /** The TableTheory error code of this exception. */
    public static final String CODE = "ErrThrottled";

    /**
     * Creates the exception.
     *
     * @param modelName the model involved, or {@code null}
     * @param message   what happened and how to fix it
     * @param cause     the underlying failure, or {@code null}
     */
    public ThrottledException(@Nullable String modelName, String message, @Nullable Throwable cause) {
        super(CODE, modelName, message, cause);
    }

    /**
     * Creates the exception without a cause.
     *
     * @param modelName the model involved, or {@code null}
     * @param message   what happened and how to fix it
     */
    public ThrottledException(@Nullable String modelName, String message) {
        this(modelName, message, null);
    }
}
