package com.theorycloud.tabletheory.error;

import org.jspecify.annotations.Nullable;

/**
 * A lease could not be renewed or used because its token no longer owns it, or it has expired ({@code ErrLeaseNotOwned}); stop the guarded work and acquire a new lease.
 */
public class LeaseNotOwnedException extends TableTheoryException {

    private static final long serialVersionUID = 1L;

    /** The TableTheory error code of this exception. */
    public static final String CODE = "ErrLeaseNotOwned";

    /**
     * Creates the exception.
     *
     * @param modelName the model involved, or {@code null}
     * @param message   what happened and how to fix it
     * @param cause     the underlying failure, or {@code null}
     */
    public LeaseNotOwnedException(@Nullable String modelName, String message, @Nullable Throwable cause) {
        super(CODE, modelName, message, cause);
    }

    /**
     * Creates the exception without a cause.
     *
     * @param modelName the model involved, or {@code null}
     * @param message   what happened and how to fix it
     */
    public LeaseNotOwnedException(@Nullable String modelName, String message) {
        this(modelName, message, null);
    }

    @Override
    public boolean is(String code) {
        return super.is(code) || ConditionFailedException.CODE.equals(code);
    }
}
