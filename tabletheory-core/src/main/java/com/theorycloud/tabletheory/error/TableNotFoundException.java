package com.theorycloud.tabletheory.error;

import org.jspecify.annotations.Nullable;

/**
 * The model's table does not exist ({@code ErrTableNotFound}).
 */
public class TableNotFoundException extends TableTheoryException {

    private static final long serialVersionUID = 1L;

    /** The TableTheory error code of this exception. */
    public static final String CODE = "ErrTableNotFound";

    /**
     * Creates the exception.
     *
     * @param modelName the model involved, or {@code null}
     * @param message   what happened and how to fix it
     * @param cause     the underlying failure, or {@code null}
     */
    public TableNotFoundException(@Nullable String modelName, String message, @Nullable Throwable cause) {
        super(CODE, modelName, message, cause);
    }

    /**
     * Creates the exception without a cause.
     *
     * @param modelName the model involved, or {@code null}
     * @param message   what happened and how to fix it
     */
    public TableNotFoundException(@Nullable String modelName, String message) {
        this(modelName, message, null);
    }
}
