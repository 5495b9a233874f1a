package com.theorycloud.tabletheory.transaction;

import com.theorycloud.tabletheory.operation.Operation;
import com.theorycloud.tabletheory.operation.OperationEvent;
import com.theorycloud.tabletheory.operation.OperationInterceptor;
import com.theorycloud.tabletheory.operation.OperationListener;
import com.theorycloud.tabletheory.Table;
import com.theorycloud.tabletheory.error.TableTheoryException;
import com.theorycloud.tabletheory.internal.OperationHooks;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;

/**
 * Times one transaction and reports it to the engine's listener and interceptor, whatever its outcome. A transaction spanning
 * several models is reported once, with the distinct model and table names joined by commas.
 */
final class OperationReport {

    private final OperationListener listener;
    private final Operation operation;
    private @Nullable Double capacity;

    OperationReport(OperationListener listener, Operation operation) {
        this.listener = listener;
        this.operation = operation;
    }

    void record(List<ConsumedCapacity> consumed) {
        for (ConsumedCapacity c : consumed) {
            if (c.capacityUnits() != null) {
                capacity = (capacity == null ? 0 : capacity) + c.capacityUnits();
            }
        }
    }

    <R> R run(List<? extends Table<?>> tables, Supplier<R> body) {
        if (listener == OperationListener.NONE) {
            return body.get();
        }
        String modelNames = String.join(",", tables.stream().map(t -> t.schema().name()).distinct().toList());
        String tableNames = String.join(",", tables.stream().map(Table::tableName).distinct().toList());
        OperationInterceptor.Invocation invocation = OperationHooks.begin(listener, modelNames, tableNames, operation,
                null);
        long start = System.nanoTime();
        String errorCode = null;
        Throwable error = null;
        try {
            return body.get();
        } catch (TableTheoryException e) {
            errorCode = e.errorCode();
            error = e;
            throw e;
        } catch (RuntimeException | Error e) {
            errorCode = e.getClass().getSimpleName();
            error = e;
            throw e;
        } finally {
            // The hooks swallow their own failures: they never turn a successful transaction into a failure.
            OperationHooks.finish(listener, new OperationEvent(modelNames, tableNames, operation, null, errorCode,
                    System.nanoTime() - start, capacity), invocation, error);
        }
    }
}
