package com.theorycloud.tabletheory.query.internal;

import com.theorycloud.tabletheory.error.IndexNotFoundException;
import com.theorycloud.tabletheory.error.InvalidOperatorException;
import com.theorycloud.tabletheory.internal.IndexRules;
import com.theorycloud.tabletheory.model.IndexSchema;
import com.theorycloud.tabletheory.model.KeyAttribute;
import com.theorycloud.tabletheory.model.ModelSchema;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Picks the table or index a query runs on. An explicit index must declare the queried key attributes. Without one,
 * the target is inferred from the key attributes: the table when its partition key is queried and no index sort key
 * is named (local indexes share the table's partition key, so the table is the natural default), otherwise the single
 * index whose keys match. No match, or several, is an error naming the candidates.
 */
public final class IndexChoice {

    private IndexChoice() {
    }

    /**
     * The target of a query on {@code partitionAttribute} (and {@code sortAttribute}, when a sort condition is given).
     *
     * @throws IndexNotFoundException   when the explicit index is unknown or no table/index has these keys
     * @throws InvalidOperatorException when the keys do not fit the explicit index or several indexes fit
     */
    public static KeyTarget forQuery(ModelSchema schema, @Nullable String explicitIndex, String partitionAttribute,
            @Nullable String sortAttribute) {
        if (explicitIndex != null) {
            IndexSchema index = IndexRules.resolve(schema, explicitIndex);
            if (!fits(index.partitionKey(), index.sortKey(), partitionAttribute, sortAttribute)) {
                throw new InvalidOperatorException(schema.name(), "Model " + schema.name() + ": index '"
                        + index.name() + "' has " + keysText(index.partitionKey(), index.sortKey())
                        + " but the query names " + queried(partitionAttribute, sortAttribute)
                        + "; query the index by its own keys or choose another index");
            }
            return target(schema, index);
        }
        if (fits(schema.partitionKey(), schema.sortKey(), partitionAttribute, sortAttribute)) {
            return target(schema, null);
        }
        List<IndexSchema> candidates = new ArrayList<>();
        for (IndexSchema index : schema.indexes()) {
            if (fits(index.partitionKey(), index.sortKey(), partitionAttribute, sortAttribute)) {
                candidates.add(index);
            }
        }
        if (candidates.size() == 1) {
            return target(schema, candidates.get(0));
        }
        if (candidates.isEmpty()) {
            throw new IndexNotFoundException(schema.name(), "Model " + schema.name() + ": neither the table ("
                    + keysText(schema.partitionKey(), schema.sortKey()) + ") nor an index has "
                    + queried(partitionAttribute, sortAttribute) + "; declared indexes: " + describe(schema.indexes())
                    + ". Query by the keys of the table or an index, or use scan() with a filter");
        }
        List<String> names = new ArrayList<>();
        candidates.forEach(index -> names.add(index.name()));
        throw new InvalidOperatorException(schema.name(), "Model " + schema.name() + ": indexes " + names
                + " all have " + queried(partitionAttribute, sortAttribute)
                + "; name the one to use with index(\"...\")");
    }

    /**
     * The target of a scan: the table, or the named index.
     *
     * @throws IndexNotFoundException when the model declares no such index
     */
    public static KeyTarget forScan(ModelSchema schema, @Nullable String explicitIndex) {
        return target(schema, IndexRules.resolve(schema, explicitIndex));
    }

    private static KeyTarget target(ModelSchema schema, @Nullable IndexSchema index) {
        KeyAttribute partition = index == null ? schema.partitionKey() : index.partitionKey();
        KeyAttribute sort = index == null ? schema.sortKey() : index.sortKey();
        return new KeyTarget(index, partition, sort, KeyTarget.lastKeyParts(schema.partitionKey(), schema.sortKey(),
                index));
    }

    private static boolean fits(KeyAttribute partition, @Nullable KeyAttribute sort, String partitionAttribute,
            @Nullable String sortAttribute) {
        return partition.name().equals(partitionAttribute)
                && (sortAttribute == null || (sort != null && sort.name().equals(sortAttribute)));
    }

    private static String keysText(KeyAttribute partition, @Nullable KeyAttribute sort) {
        return "partition key '" + partition.name() + "'" + (sort == null ? " and no sort key"
                : " and sort key '" + sort.name() + "'");
    }

    private static String queried(String partitionAttribute, @Nullable String sortAttribute) {
        return "partition key '" + partitionAttribute + "'"
                + (sortAttribute == null ? "" : " and sort key '" + sortAttribute + "'");
    }

    private static String describe(List<IndexSchema> indexes) {
        List<String> out = new ArrayList<>();
        for (IndexSchema index : indexes) {
            out.add(index.name() + " (" + keysText(index.partitionKey(), index.sortKey()) + ")");
        }
        return out.toString();
    }
}
