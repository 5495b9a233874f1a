package com.theorycloud.tabletheory.operation;

import org.jspecify.annotations.Nullable;

/**
 * Wraps every engine operation with a before and an after call, for tracing that needs the real start and end of a
 * call (an {@link OperationListener} only hears about it afterwards). Both calls happen on the calling thread, so an
 * implementation may open a thread-bound scope in {@link #begin} and close it in {@link Invocation#end}.
 * Implementations must be fast, thread-safe and must not throw (an exception thrown here is ignored).
 */
@FunctionalInterface
public interface OperationInterceptor {

    /** An interceptor that does nothing. */
    OperationInterceptor NONE = (modelName, tableName, operation, indexName) -> Invocation.NONE;

    /**
     * Called before an operation starts.
     *
     * @param modelName the model
     * @param tableName the resolved table name
     * @param operation the kind of operation
     * @param indexName the index used, or {@code null}
     * @return what to call once the operation has finished
     */
    Invocation begin(String modelName, String tableName, Operation operation, @Nullable String indexName);

    /** One running operation, ended exactly once. */
    @FunctionalInterface
    interface Invocation {

        /** An invocation that does nothing when it ends. */
        Invocation NONE = (event, error) -> {
        };

        /**
         * Called once the operation has finished, successfully or not.
         *
         * @param event what the operation did
         * @param error the exception the operation throws, or {@code null} when it succeeded
         */
        void end(OperationEvent event, @Nullable Throwable error);
    }
}
