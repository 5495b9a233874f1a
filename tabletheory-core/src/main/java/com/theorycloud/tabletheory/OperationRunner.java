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

    OperationRunner(OperationListener listener) {
        this.listener = listener;
    }

    /** Whether anyone listens, so requests ask DynamoDB for consumed capacity only when it is reported. */
    boolean reportsCapacity() {
        return listener != OperationListener.NONE;
    }

    <R> R run(String modelName, String tableName, Operation operation, @Nullable String indexName,
            Function<Scope, R> body) {
        Scope scope = new Scope();
        long start = System.nanoTime();
        String errorCode = null;
        try {
            return body.apply(scope);
        } catch (TableTheoryException e) {
            errorCode = e.errorCode();
            throw e;
        } catch (RuntimeException | Error e) {
            errorCode = e.getClass().getSimpleName();
            throw e;
        } finally {
            notify(new OperationEvent(modelName, tableName, operation, indexName, errorCode,
                    System.nanoTime() - start, scope.capacity));
        }
    }

    private void notify(OperationEvent event) {
        if (listener == OperationListener.NONE) {
            return;
        }
        try {
            listener.onOperation(event);
        } catch (RuntimeException ignored) {
            // A broken metrics hook must never turn a successful write into a failure.
        }
    }
}
