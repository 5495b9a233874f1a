package com.theorycloud.tabletheory.query.internal;

import com.theorycloud.tabletheory.model.IndexSchema;
import com.theorycloud.tabletheory.model.KeyAttribute;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The table or index a read runs on, with its key attributes.
 *
 * @param index        the index, or {@code null} for the table
 * @param partitionKey the partition key of the table or index
 * @param sortKey      the sort key of the table or index, or {@code null}
 * @param lastKeyParts the attributes DynamoDB puts in a last evaluated key read from it (index keys plus table keys)
 */
public record KeyTarget(@Nullable IndexSchema index, KeyAttribute partitionKey, @Nullable KeyAttribute sortKey,
        List<KeyAttribute> lastKeyParts) {

    /** Copies the list. */
    public KeyTarget {
        lastKeyParts = List.copyOf(lastKeyParts);
    }

    /** The index name, or {@code null} for the table. */
    public @Nullable String indexName() {
        return index == null ? null : index.name();
    }

    /** A readable name for messages: {@code table} or {@code index 'name'}. */
    public String describe() {
        return index == null ? "the table" : "index '" + index.name() + "'";
    }

    static List<KeyAttribute> lastKeyParts(KeyAttribute tablePartition, @Nullable KeyAttribute tableSort,
            @Nullable IndexSchema index) {
        List<KeyAttribute> parts = new ArrayList<>(4);
        addOnce(parts, tablePartition);
        if (tableSort != null) {
            addOnce(parts, tableSort);
        }
        if (index != null) {
            addOnce(parts, index.partitionKey());
            if (index.sortKey() != null) {
                addOnce(parts, index.sortKey());
            }
        }
        return parts;
    }

    private static void addOnce(List<KeyAttribute> parts, KeyAttribute attribute) {
        for (KeyAttribute part : parts) {
            if (part.name().equals(attribute.name())) {
                return;
            }
        }
        parts.add(attribute);
    }
}
