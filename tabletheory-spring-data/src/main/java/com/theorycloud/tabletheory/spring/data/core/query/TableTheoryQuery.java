package com.theorycloud.tabletheory.spring.data.core.query;

import java.util.List;

import com.theorycloud.tabletheory.expression.Condition;

import org.jspecify.annotations.Nullable;

/**
 * A read the template runs: a DynamoDB Query (key condition on the table or one index) or, only when asked for
 * explicitly, a Scan; with an optional filter, projection, direction, item limit and start cursor. Immutable; build
 * it with {@link #query(Condition)} or {@link #scan()} and the {@code with…} methods.
 *
 * <p>Names in conditions and projections are stored attribute names. This request is the repositories' own until the
 * engine's query builder is available; it maps one to one onto it.
 *
 * @param index          the index to read, or {@code null} for the table
 * @param keyCondition   the key condition, or {@code null} for a scan
 * @param filter         conditions on non-key attributes applied after reading (they do not reduce the read cost)
 * @param projection     the attributes to return; empty for all
 * @param ascending      sort-key order of a query
 * @param limit          the most items to return; 0 for all
 * @param cursor         where to continue, as returned by a previous page; {@code null} to start at the beginning
 * @param consistentRead whether to read strongly consistently (not allowed on global secondary indexes)
 */
public record TableTheoryQuery(@Nullable String index, @Nullable Condition keyCondition, @Nullable Condition filter,
        List<String> projection, boolean ascending, int limit, @Nullable String cursor, boolean consistentRead) {

    /** Copies the projection and checks the limit. */
    public TableTheoryQuery {
        projection = List.copyOf(projection);
        if (limit < 0) {
            throw new IllegalArgumentException("The limit must be 0 (no limit) or positive, got " + limit);
        }
    }

    /** A query of the table with the given key condition. */
    public static TableTheoryQuery query(Condition keyCondition) {
        return new TableTheoryQuery(null, keyCondition, null, List.of(), true, 0, null, false);
    }

    /** A full scan of the table: reads (and pays for) every item. */
    public static TableTheoryQuery scan() {
        return new TableTheoryQuery(null, null, null, List.of(), true, 0, null, false);
    }

    /** Whether this read is a scan. */
    public boolean isScan() {
        return keyCondition == null;
    }

    /** This read on the given index ({@code null} for the table). */
    public TableTheoryQuery withIndex(@Nullable String indexName) {
        return new TableTheoryQuery(indexName, keyCondition, filter, projection, ascending, limit, cursor,
                consistentRead);
    }

    /** This read with a filter. */
    public TableTheoryQuery withFilter(@Nullable Condition condition) {
        return new TableTheoryQuery(index, keyCondition, condition, projection, ascending, limit, cursor,
                consistentRead);
    }

    /** This read returning only the given attributes (key attributes are always added for paging). */
    public TableTheoryQuery withProjection(List<String> attributes) {
        return new TableTheoryQuery(index, keyCondition, filter, attributes, ascending, limit, cursor,
                consistentRead);
    }

    /** This read in ascending or descending sort-key order. */
    public TableTheoryQuery withAscending(boolean ascendingOrder) {
        return new TableTheoryQuery(index, keyCondition, filter, projection, ascendingOrder, limit, cursor,
                consistentRead);
    }

    /** This read returning at most {@code maxItems} items (0 for all). */
    public TableTheoryQuery withLimit(int maxItems) {
        return new TableTheoryQuery(index, keyCondition, filter, projection, ascending, maxItems, cursor,
                consistentRead);
    }

    /** This read continuing after the given cursor ({@code null} or empty to start at the beginning). */
    public TableTheoryQuery withCursor(@Nullable String after) {
        return new TableTheoryQuery(index, keyCondition, filter, projection, ascending, limit,
                after == null || after.isEmpty() ? null : after, consistentRead);
    }

    /** This read with the given consistency. */
    public TableTheoryQuery withConsistentRead(boolean consistent) {
        return new TableTheoryQuery(index, keyCondition, filter, projection, ascending, limit, cursor, consistent);
    }
}
