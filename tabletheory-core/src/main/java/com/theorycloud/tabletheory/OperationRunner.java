package com.theorycloud.tabletheory;

import com.theorycloud.tabletheory.error.TableTheoryException;
import com.theorycloud.tabletheory.internal.OperationHooks;
import com.theorycloud.tabletheory.operation.Operation;
import com.theorycloud.tabletheory.operation.OperationEvent;
import com.theorycloud.tabletheory.operation.OperationInterceptor;
import com.theorycloud.tabletheory.operation.OperationListener;
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

    private final OperationListener hooks;

    OperationRunner(OperationListener hooks) {
        this.hooks = hooks;
    }

    /** Whether anyone listens, so requests ask DynamoDB for consumed capacity only when it is reported. */
    boolean reportsCapacity() {
        return hooks != OperationListener.NONE;
    }

    <R> R run(String modelName, String tableName, Operation operation, @Nullable String indexName,
            Function<Scope, R> body) {
        Scope scope = new Scope();
        OperationInterceptor.Invocation invocation = OperationHooks.begin(hooks, modelName, tableName, operation,
                indexName);
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
            if (hooks != OperationListener.NONE) {
                OperationHooks.finish(hooks, new OperationEvent(modelName, tableName, operation, indexName, errorCode,
                        System.nanoTime() - start, scope.capacity), invocation, error);
            }
        }
    }
}
