package com.theorycloud.tabletheory.error;

import org.jspecify.annotations.Nullable;

/**
 * Base of every error the engine raises. Each subclass carries one TableTheory error code (the name the Go, TypeScript
 * and Python runtimes use, such as {@code ErrConditionFailed}) and a message that names the model, the key or field
 * involved, and the fix.
 */
public class TableTheoryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String errorCode;
    private final @Nullable String modelName;

    /**
     * Creates an exception.
     *
     * @param errorCode the TableTheory error code, e.g. {@code ErrInvalidModel}
     * @param modelName the model involved, or {@code null} when none is
     * @param message   what happened and how to fix it
     * @param cause     the underlying failure, or {@code null}
     */
    public TableTheoryException(String errorCode, @Nullable String modelName, String message,
            @Nullable Throwable cause) {
        super(message, cause);
        this.errorCode = errorCode;
        this.modelName = modelName;
    }

    /** The TableTheory error code, e.g. {@code ErrItemNotFound}. */
    public String errorCode() {
        return errorCode;
    }

    /** The model the error concerns, or {@code null}. */
    public @Nullable String modelName() {
        return modelName;
    }

    /**
     * Whether this error is, or specialises, the error with the given code. A version conflict is also a condition
     * failure, so {@code is("ErrConditionFailed")} holds for a {@link VersionConflictException}.
     */
    public boolean is(String code) {
        return errorCode.equals(code);
    }
}
