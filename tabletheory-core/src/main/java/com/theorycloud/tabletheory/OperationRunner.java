package com.theorycloud.tabletheory;

import com.theorycloud.tabletheory.error.TableTheoryException;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;

/**
 * Times an operation and reports it to the listener, whatever its outcome.
 */
final class OperationRunner {

    /** Collects what the operation learned while running. */
    static final class Scope {
        private @Nullable Double capacity;

        void record(@Nullable ConsumedCapacity consumed) {
            if (consumed != null && consumed.capacityUnits() != null) {
                capacity = (capacity == null ? 0 : capacity) + consumed.capacityUnits();
            }
        }
    }

    private final OperationListener listener;
    private final OperationInterceptor interceptor;

    OperationRunner(OperationListener listener) {
        if (listener instanceof OperationHooks hooks) {
            this.listener = hooks.listener();
            this.interceptor = hooks.interceptor();
        } else {
            this.listener = listener;
            this.interceptor = OperationInterceptor.NONE;
        }
    }

    /** Whether anyone listens, so requests ask DynamoDB for consumed capacity only when it is reported. */
    boolean reportsCapacity() {
        return listener != OperationListener.NONE;
    }

    <R> R run(String modelName, String tableName, Operation operation, @Nullable String indexName,
            Function<Scope, R> body) {
        Scope scope = new Scope();
        OperationInterceptor.Invocation invocation = begin(modelName, tableName, operation, indexName);
        long start = System.nanoTime();
        String errorCode = null;
        Throwable error = null;
        try {
            return body.apply(scope);
        } catch (TableTheoryException e) {
            errorCode = e.errorCode();
            error = e;
            throw e;
        } catch (RuntimeException | Error e) {
            errorCode = e.getClass().getSimpleName();
            error = e;
            throw e;
        } finally {
            notify(new OperationEvent(modelName, tableName, operation, indexName, errorCode,
                    System.nanoTime() - start, scope.capacity), invocation, error);
        }
    }

    private OperationInterceptor.Invocation begin(String modelName, String tableName, Operation operation,
            @Nullable String indexName) {
        if (interceptor == OperationInterceptor.NONE) {
            return OperationInterceptor.Invocation.NONE;
        }
        try {
            return interceptor.begin(modelName, tableName, operation, indexName);
        } catch (RuntimeException ignored) {
            // A broken tracing hook must never fail the operation.
            return OperationInterceptor.Invocation.NONE;
        }
    }

    private void notify(OperationEvent event, OperationInterceptor.Invocation invocation, @Nullable Throwable error) {
        // The listener hears first, so the interceptor's scope still surrounds whatever the listener records.
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
}
