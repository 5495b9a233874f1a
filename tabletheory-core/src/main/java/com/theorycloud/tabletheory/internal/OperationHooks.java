package com.theorycloud.tabletheory.internal;

import com.theorycloud.tabletheory.operation.Operation;
import com.theorycloud.tabletheory.operation.OperationEvent;
import com.theorycloud.tabletheory.operation.OperationInterceptor;
import com.theorycloud.tabletheory.operation.OperationListener;
import org.jspecify.annotations.Nullable;

/**
 * Carries an engine's {@link OperationListener} and {@link OperationInterceptor} as one listener, so tables and
 * transactions pass them on unchanged, and calls them around an operation without ever letting them fail it.
 */
public final class OperationHooks {

    private OperationHooks() {
    }

    /** The listener to hand to tables and transactions: the plain listener when there is no interceptor. */
    public static OperationListener of(OperationListener listener, OperationInterceptor interceptor) {
        return interceptor == OperationInterceptor.NONE ? listener : new Carrier(listener, interceptor);
    }

    /** Calls the interceptor carried by {@code hooks}, if any, before an operation. */
    public static OperationInterceptor.Invocation begin(OperationListener hooks, String modelName, String tableName,
            Operation operation, @Nullable String indexName) {
        if (!(hooks instanceof Carrier carrier)) {
            return OperationInterceptor.Invocation.NONE;
        }
        try {
            return carrier.interceptor().begin(modelName, tableName, operation, indexName);
        } catch (RuntimeException ignored) {
            // A broken tracing hook must never fail the operation.
            return OperationInterceptor.Invocation.NONE;
        }
    }

    /**
     * Reports a finished operation: the listener hears first, so the interceptor's scope still surrounds whatever the
     * listener records; then the invocation ends.
     */
    public static void finish(OperationListener hooks, OperationEvent event, OperationInterceptor.Invocation invocation,
            @Nullable Throwable error) {
        OperationListener listener = hooks instanceof Carrier carrier ? carrier.listener() : hooks;
        if (listener != OperationListener.NONE) {
            try {
                listener.onOperation(event);
            } catch (RuntimeException ignored) {
                // A broken metrics hook must never turn a successful write into a failure.
            }
        }
        if (invocation != OperationInterceptor.Invocation.NONE) {
            try {
                invocation.end(event, error);
            } catch (RuntimeException ignored) {
                // Same as above: tracing is never allowed to change the outcome.
            }
        }
    }

    private record Carrier(OperationListener listener, OperationInterceptor interceptor) implements OperationListener {

        @Override
        public void onOperation(OperationEvent event) {
            listener.onOperation(event);
        }
    }
}
