package com.theorycloud.tabletheory.error;

import org.jspecify.annotations.Nullable;

/**
 * DynamoDB rejected a request for a reason no more specific error covers ({@code ErrDynamoDB}).
 */
public class DynamoDbOperationException extends TableTheoryException {

    private static final long serialVersionUID = 1L;

    /** The TableTheory error code of this exception. */
    public static final String CODE = "ErrDynamoDB";

    private final @Nullable String awsErrorCode;

    /**
     * Creates the exception.
     *
     * @param modelName the model involved, or {@code null}
     * @param message   what happened and how to fix it
     * @param cause     the underlying failure, or {@code null}
     */
    public DynamoDbOperationException(@Nullable String modelName, String message, @Nullable Throwable cause) {
        this(modelName, message, null, cause);
    }

    /**
     * Creates the exception with the error code DynamoDB returned.
     *
     * @param modelName    the model involved, or {@code null}
     * @param message      what happened and how to fix it
     * @param awsErrorCode the AWS error code, e.g. {@code ValidationException}, or {@code null} when the request never
     *                     reached DynamoDB
     * @param cause        the underlying failure, or {@code null}
     */
    public DynamoDbOperationException(@Nullable String modelName, String message, @Nullable String awsErrorCode,
            @Nullable Throwable cause) {
        super(CODE, modelName, message, cause);
        this.awsErrorCode = awsErrorCode;
    }

    /**
     * Creates the exception without a cause.
     *
     * @param modelName the model involved, or {@code null}
     * @param message   what happened and how to fix it
     */
    public DynamoDbOperationException(@Nullable String modelName, String message) {
        this(modelName, message, null, null);
    }

    /** The AWS error code, e.g. {@code ValidationException}, or {@code null} when the request never reached AWS. */
    public @Nullable String awsErrorCode() {
        return awsErrorCode;
    }
}
