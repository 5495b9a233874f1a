package com.theorycloud.tabletheory.spring.boot.observation;

import com.theorycloud.tabletheory.operation.Operation;
import com.theorycloud.tabletheory.operation.OperationEvent;
import io.micrometer.observation.Observation;
import org.jspecify.annotations.Nullable;

/**
 * What an observation of one engine operation knows: model, table, operation and index from the start, the finished
 * {@link OperationEvent} (outcome, consumed capacity) once it ended. It never holds key or attribute values.
 */
public class TableTheoryObservationContext extends Observation.Context {

    private final String modelName;
    private final String tableName;
    private final Operation operation;
    private final @Nullable String indexName;
    private volatile @Nullable OperationEvent event;

    /**
     * Creates the context of an operation that is about to start.
     *
     * @param modelName the model
     * @param tableName the resolved table name
     * @param operation the kind of operation
     * @param indexName the index used, or {@code null}
     */
    public TableTheoryObservationContext(String modelName, String tableName, Operation operation,
            @Nullable String indexName) {
        this.modelName = modelName;
        this.tableName = tableName;
        this.operation = operation;
        this.indexName = indexName;
    }

    /** The model. */
    public String getModelName() {
        return modelName;
    }

    /** The resolved table name. */
    public String getTableName() {
        return tableName;
    }

    /** The kind of operation. */
    public Operation getOperation() {
        return operation;
    }

    /** The index used, or {@code null}. */
    public @Nullable String getIndexName() {
        return indexName;
    }

    /** The finished operation, or {@code null} while it runs. */
    public @Nullable OperationEvent getEvent() {
        return event;
    }

    /** Records the finished operation. */
    public void setEvent(OperationEvent event) {
        this.event = event;
    }
}
