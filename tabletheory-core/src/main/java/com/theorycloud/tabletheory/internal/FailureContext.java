package com.theorycloud.tabletheory.internal;

import org.jspecify.annotations.Nullable;

/**
 * What an operation was doing when DynamoDB refused it, for error messages that name the model, table, key and fix.
 *
 * @param modelName      the model
 * @param tableName      the resolved table name
 * @param operation      a lower-case verb such as {@code create} or {@code update}
 * @param key            the key description ({@code PK=..., SK=...}), or {@code null} for multi-item operations
 * @param versionChecked whether the request's condition included the expected-version check
 * @param expectedVersion the expected version, when checked
 */
public record FailureContext(String modelName, String tableName, String operation, @Nullable String key,
        boolean versionChecked, @Nullable String expectedVersion) {

    /** A context without a version check. */
    public static FailureContext of(String modelName, String tableName, String operation, @Nullable String key) {
        return new FailureContext(modelName, tableName, operation, key, false, null);
    }
}
