package com.theorycloud.tabletheory.error;

import org.jspecify.annotations.Nullable;

/**
 * A release-state transition is not allowed by the model's state machine from the stored state ({@code ErrInvalidTransition}); nothing was written.
 */
public class InvalidTransitionException extends ConditionFailedException {

    private static final long serialVersionUID = 1L;

    /** The TableTheory error code of this exception. */
    public static final String CODE = "ErrInvalidTransition";

    /**
     * Creates the exception.
     *
     * @param modelName the model involved, or {@code null}
     * @param message   what happened and how to fix it
     * @param cause     the underlying failure, or {@code null}
     */
    public InvalidTransitionException(@Nullable String modelName, String message, @Nullable Throwable cause) {
        super(CODE, modelName, message, cause);
    }

    /**
     * Creates the exception without a cause.
     *
     * @param modelName the model involved, or {@code null}
     * @param message   what happened and how to fix it
     */
    public InvalidTransitionException(@Nullable String modelName, String message) {
        this(modelName, message, null);
    }

    @Override
    public boolean is(String code) {
        return super.is(code) || ConditionFailedException.CODE.equals(code);
    }
}
