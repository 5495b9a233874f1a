package com.theorycloud.tabletheory.error;

import org.jspecify.annotations.Nullable;

/**
 * Another owner holds an unexpired lease on the key ({@code ErrLeaseHeld}); retry after it expires or serve stale content meanwhile.
 */
public class LeaseHeldException extends TableTheoryException {

    private static final long serialVersionUID = 1L;

    /** The TableTheory error code of this exception. */
    public static final String CODE = "ErrLeaseHeld";

    /**
     * Creates the exception.
     *
     * @param modelName the model involved, or {@code null}
     * @param message   what happened and how to fix it
     * @param cause     the underlying failure, or {@code null}
     */
    public LeaseHeldException(@Nullable String modelName, String message, @Nullable Throwable cause) {
        super(CODE, modelName, message, cause);
    }

    /**
     * Creates the exception without a cause.
     *
     * @param modelName the model involved, or {@code null}
     * @param message   what happened and how to fix it
     */
    public LeaseHeldException(@Nullable String modelName, String message) {
        this(modelName, message, null);
    }

    @Override
    public boolean is(String code) {
        return super.is(code) || ConditionFailedException.CODE.equals(code);
    }
}
