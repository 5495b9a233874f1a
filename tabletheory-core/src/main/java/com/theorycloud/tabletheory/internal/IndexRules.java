package com.theorycloud.tabletheory.internal;

import com.theorycloud.tabletheory.error.IndexNotFoundException;
import com.theorycloud.tabletheory.error.InvalidOperatorException;
import com.theorycloud.tabletheory.model.IndexSchema;
import com.theorycloud.tabletheory.model.IndexType;
import com.theorycloud.tabletheory.model.ModelSchema;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Checks that reads name an index the model declares and use it the way DynamoDB allows; raised before any call so
 * the caller learns the model's rule rather than a service validation error.
 */
public final class IndexRules {

    private IndexRules() {
    }

    /**
     * The index a read targets, or {@code null} for the table itself.
     *
     * @throws IndexNotFoundException when the model declares no such index
     */
    public static @Nullable IndexSchema resolve(ModelSchema schema, @Nullable String indexName) {
        if (indexName == null) {
            return null;
        }
        return schema.index(indexName).orElseThrow(() -> {
            List<String> names = new ArrayList<>();
            schema.indexes().forEach(index -> names.add(index.name()));
            return new IndexNotFoundException(schema.name(), "Model " + schema.name() + " has no index '" + indexName
                    + "'; declared indexes: " + names);
        });
    }

    /**
     * The consistency of a query or scan: what the call chose, otherwise the engine's default — which never applies
     * to a global secondary index, where only eventually consistent reads exist.
     */
    public static boolean consistentRead(@Nullable IndexSchema index, @Nullable Boolean chosen, boolean engineDefault) {
        if (chosen != null) {
            return chosen;
        }
        return engineDefault && (index == null || index.type() != IndexType.GSI);
    }

    /**
     * Rejects a strongly consistent read of a global secondary index, which DynamoDB does not support.
     *
     * @throws InvalidOperatorException naming the model, index and fix
     */
    public static void checkConsistentRead(ModelSchema schema, @Nullable IndexSchema index, boolean consistentRead) {
        if (consistentRead && index != null && index.type() == IndexType.GSI) {
            throw new InvalidOperatorException(schema.name(), "Model " + schema.name() + ": index '" + index.name()
                    + "' is a global secondary index, which only supports eventually consistent reads; drop the"
                    + " consistent read or query the table or a local secondary index");
        }
    }
}
