package com.theorycloud.tabletheory.operation;

import org.jspecify.annotations.Nullable;

/**
 * What one engine operation did, reported to an {@link OperationListener} once it finished. It carries no key or
 * attribute values, so it is safe to log and to tag metrics with.
 *
 * @param modelName        the model
 * @param tableName        the resolved table name
 * @param operation        the kind of operation
 * @param indexName        the index used, or {@code null}
 * @param errorCode        the TableTheory error code ({@code ErrConditionFailed}, ...) when it failed, {@code null}
 *                         when it succeeded
 * @param durationNanos    how long the operation took, including encoding and validation
 * @param consumedCapacity the capacity units DynamoDB reported, or {@code null} when none was reported
 */
public record OperationEvent(String modelName, String tableName, Operation operation, @Nullable String indexName,
        @Nullable String errorCode, long durationNanos, @Nullable Double consumedCapacity) {

    /** Whether the operation succeeded. */
    public boolean succeeded() {
        return errorCode == null;
    }
}
