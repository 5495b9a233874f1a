package com.theorycloud.tabletheory.spring.data.core.mapping;

import java.util.List;

import com.theorycloud.tabletheory.model.ProjectionType;

import org.jspecify.annotations.Nullable;

/**
 * One place a query can read from: the table ({@code index == null}) or a secondary index, with its key attributes
 * and the attributes it projects.
 *
 * @param index        the index name, or {@code null} for the table
 * @param partitionKey the stored name of the partition key attribute
 * @param sortKey      the stored name of the sort key attribute, or {@code null}
 * @param projection   which attributes the index holds (always {@code ALL} for the table)
 * @param included     the non-key attributes an {@code INCLUDE} index holds
 */
public record AccessPath(@Nullable String index, String partitionKey, @Nullable String sortKey,
        ProjectionType projection, List<String> included) {

    /** Copies the list. */
    public AccessPath {
        included = List.copyOf(included);
    }

    /** Whether this path holds the attribute (key attributes of the table are passed as well). */
    public boolean holds(String attribute, List<String> tableKeys) {
        return projection == ProjectionType.ALL || attribute.equals(partitionKey) || attribute.equals(sortKey)
                || tableKeys.contains(attribute)
                || projection == ProjectionType.INCLUDE && included.contains(attribute);
    }

    /** A readable name for messages: {@code table} or {@code index 'name'}. */
    public String describe() {
        return index == null ? "the table" : "index '" + index + "'";
    }
}
