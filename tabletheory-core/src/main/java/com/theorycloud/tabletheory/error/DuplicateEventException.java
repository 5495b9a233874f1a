package com.theorycloud.tabletheory.error;

import org.jspecify.annotations.Nullable;

/**
 * An append-only row (a release-state event or an outbox record) with the same key already exists, so the transition that would have written it wrote nothing ({@code ErrDuplicateEvent}); give each event a unique sort key.
 */
public class DuplicateEventException extends ConditionFailedException {

    private static final long serialVersionUID = 1L;

    /** The TableTheory error code of this exception. */
    public static final String CODE = "ErrDuplicateEvent";

    /**
     * Creates the exception.
     *
     * @param modelName the model involved, or {@code null}
     * @param message   what happened and how to fix it
     * @param cause     the underlying failure, or {@code null}
     */
    public DuplicateEventException(@Nullable String modelName, String message, @Nullable Throwable cause) {
        super(CODE, modelName, message, cause);
    }

    /**
     * Creates the exception without a cause.
     *
     * @param modelName the model involved, or {@code null}
     * @param message   what happened and how to fix it
     */
    public DuplicateEventException(@Nullable String modelName, String message) {
        this(modelName, message, null);
    }

    @Override
    public boolean is(String code) {
        return super.is(code) || ConditionFailedException.CODE.equals(code);
    }
}
