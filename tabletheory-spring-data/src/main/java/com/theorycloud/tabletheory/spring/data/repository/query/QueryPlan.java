package com.theorycloud.tabletheory.spring.data.repository.query;

import java.util.List;

import com.theorycloud.tabletheory.spring.data.core.mapping.AccessPath;
import com.theorycloud.tabletheory.spring.data.core.query.TableTheoryQuery;

import org.jspecify.annotations.Nullable;

/**
 * How a query method reads, decided once at startup: the access path (table or index), the key condition (none for
 * an allowed scan), the filter, the order and the attributes to read.
 *
 * @param path       where the method reads
 * @param key        the key condition, or {@code null} for a scan
 * @param filter     the filter on non-key attributes, or {@code null}
 * @param ascending  the sort-key order
 * @param projection stored attribute names to read; empty for whole items
 * @param maxResults the most items the method name allows ({@code findTop10…}), or 0
 */
record QueryPlan(AccessPath path, @Nullable ConditionTemplate key, @Nullable ConditionTemplate filter,
        boolean ascending, List<String> projection, int maxResults) {

    QueryPlan {
        projection = List.copyOf(projection);
    }

    boolean isScan() {
        return key == null;
    }

    /** The read for one call. */
    TableTheoryQuery toQuery(Object[] arguments) {
        TableTheoryQuery query = key == null ? TableTheoryQuery.scan() : TableTheoryQuery.query(key.bind(arguments));
        return query.withIndex(path.index()).withFilter(filter == null ? null : filter.bind(arguments))
                .withAscending(ascending).withProjection(projection).withLimit(maxResults);
    }
}
