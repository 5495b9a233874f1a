package com.theorycloud.tabletheory.error;

import org.jspecify.annotations.Nullable;

/**
 * A write's condition did not hold, for example a create over an existing item or an update of a missing one ({@code ErrConditionFailed}).
 */
public class ConditionFailedException extends TableTheoryException {

    private static final long serialVersionUID = 1L;

    /** The TableTheory error code of this exception. */
    public static final String CODE = "ErrConditionFailed";

    /**
     * Creates the exception.
     *
     * @param modelName the model involved, or {@code null}
     * @param message   what happened and how to fix it
     * @param cause     the underlying failure, or {@code null}
     */
    public ConditionFailedException(@Nullable String modelName, String message, @Nullable Throwable cause) {
        super(CODE, modelName, message, cause);
    }

    /**
     * Creates the exception without a cause.
     *
     * @param modelName the model involved, or {@code null}
     * @param message   what happened and how to fix it
     */
    public ConditionFailedException(@Nullable String modelName, String message) {
        this(modelName, message, null);
    }

    /**
     * Creates a more specific condition failure with its own code.
     *
     * @param errorCode the specialised error code
     * @param modelName the model involved, or {@code null}
     * @param message   what happened and how to fix it
     * @param cause     the underlying failure, or {@code null}
     */
    protected ConditionFailedException(String errorCode, @Nullable String modelName, String message,
            @Nullable Throwable cause) {
        super(errorCode, modelName, message, cause);
    }
}
