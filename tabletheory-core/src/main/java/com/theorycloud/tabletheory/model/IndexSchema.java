package com.theorycloud.tabletheory.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A secondary index of a model's table.
 *
 * @param name               index name
 * @param type               GSI or LSI
 * @param partitionKey       the index partition key (for an LSI, the table's partition key)
 * @param sortKey            the index sort key, or {@code null}
 * @param projection         which attributes the index projects
 * @param includedAttributes non-key attributes projected when {@code projection} is {@link ProjectionType#INCLUDE}
 */
public record IndexSchema(String name, IndexType type, KeyAttribute partitionKey, @Nullable KeyAttribute sortKey,
        ProjectionType projection, List<String> includedAttributes) {

    /** Copies the list so the index stays immutable. */
    public IndexSchema {
        includedAttributes = List.copyOf(includedAttributes);
    }
}
