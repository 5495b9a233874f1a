package com.theorycloud.tabletheory.transaction;

import com.theorycloud.tabletheory.Operation;
import com.theorycloud.tabletheory.OperationEvent;
import com.theorycloud.tabletheory.OperationListener;
import com.theorycloud.tabletheory.Table;
import com.theorycloud.tabletheory.error.TableTheoryException;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;

/**
 * Times one transaction and reports it to the engine's listener, whatever its outcome. A transaction spanning
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
        long start = System.nanoTime();
        String errorCode = null;
        try {
            return body.get();
        } catch (TableTheoryException e) {
            errorCode = e.errorCode();
            throw e;
        } catch (RuntimeException | Error e) {
            errorCode = e.getClass().getSimpleName();
            throw e;
        } finally {
            if (listener != OperationListener.NONE) {
                OperationEvent event = new OperationEvent(
                        String.join(",", tables.stream().map(t -> t.schema().name()).distinct().toList()),
                        String.join(",", tables.stream().map(Table::tableName).distinct().toList()), operation, null,
                        errorCode, System.nanoTime() - start, capacity);
                try {
                    listener.onOperation(event);
                } catch (RuntimeException ignored) {
                    // A broken metrics hook must never turn a successful transaction into a failure.
                }
            }
        }
    }
}
