package com.theorycloud.tabletheory.error;

import org.jspecify.annotations.Nullable;

/**
 * An optimistic-locking check failed: the stored version is not the expected one, or the item no longer exists
 * ({@code ErrVersionConflict}). It is also a {@link ConditionFailedException}: catching that catches this too.
 */
public class VersionConflictException extends ConditionFailedException {

    private static final long serialVersionUID = 1L;

    /** The TableTheory error code of this exception. */
    public static final String VERSION_CONFLICT_CODE = "ErrVersionConflict";

    /**
     * Creates the exception.
     *
     * @param modelName the model involved, or {@code null}
     * @param message   what happened and how to fix it
     * @param cause     the underlying failure, or {@code null}
     */
    public VersionConflictException(@Nullable String modelName, String message, @Nullable Throwable cause) {
        super(VERSION_CONFLICT_CODE, modelName, message, cause);
    }

    @Override
    public boolean is(String code) {
        return VERSION_CONFLICT_CODE.equals(code) || ConditionFailedException.CODE.equals(code);
    }
}
