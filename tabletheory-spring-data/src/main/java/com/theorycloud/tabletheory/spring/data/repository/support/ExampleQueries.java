package com.theorycloud.tabletheory.spring.data.repository.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.theorycloud.tabletheory.expression.Condition;
import com.theorycloud.tabletheory.model.AttributeSchema;
import com.theorycloud.tabletheory.spring.data.core.mapping.AccessPath;
import com.theorycloud.tabletheory.spring.data.core.mapping.TableTheoryEntity;
import com.theorycloud.tabletheory.spring.data.core.query.TableTheoryQuery;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.data.domain.Example;
import org.springframework.data.domain.ExampleMatcher;
import org.springframework.data.domain.Sort;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Turns a query-by-example probe into a key query: the probe must carry the partition key of the table or of an
 * index; a sort key it carries joins the key condition, every other non-null attribute becomes an equality filter.
 * Lifecycle attributes (version, timestamps, TTL) are ignored, and only exact matching is supported.
 *
 * @param <T> the entity type
 */
final class ExampleQueries<T> {

    private final TableTheoryEntity<T> entity;

    ExampleQueries(TableTheoryEntity<T> entity) {
        this.entity = entity;
    }

    @SuppressWarnings("unchecked")
    TableTheoryQuery query(Example<? extends T> example, Sort sort) {
        ExampleMatcher matcher = example.getMatcher();
        if (matcher.getDefaultStringMatcher() != ExampleMatcher.StringMatcher.DEFAULT
                && matcher.getDefaultStringMatcher() != ExampleMatcher.StringMatcher.EXACT
                || matcher.isIgnoreCaseEnabled() || matcher.isAnyMatching()
                || matcher.getNullHandler() == ExampleMatcher.NullHandler.INCLUDE
                || !matcher.getPropertySpecifiers().getSpecifiers().isEmpty()) {
            throw invalid("only exact, all-properties matching that ignores nulls is supported; use"
                    + " ExampleMatcher.matching() and withIgnorePaths(...)");
        }
        Map<String, AttributeValue> probe = entity.codec().encode((T) example.getProbe());
        List<String> tableKeys = new ArrayList<>();
        tableKeys.add(entity.schema().partitionKey().name());
        if (entity.schema().sortKey() != null) {
            tableKeys.add(entity.schema().sortKey().name());
        }
        AccessPath chosen = null;
        for (AccessPath path : entity.accessPaths()) {
            if (usable(probe, matcher, path.partitionKey()) && (chosen == null
                    || path.sortKey() != null && usable(probe, matcher, path.sortKey())
                    && (chosen.sortKey() == null || !usable(probe, matcher, chosen.sortKey())))) {
                chosen = path;
            }
        }
        if (chosen == null) {
            throw invalid("the probe sets no partition key of the table or an index; set one of "
                    + entity.accessPaths().stream().map(p -> entity.propertyOf(p.partitionKey())).distinct().toList()
                    + " (a probe without keys would need a full table scan)");
        }
        Condition key = Condition.eq(chosen.partitionKey(), probe.get(chosen.partitionKey()));
        String sortKey = chosen.sortKey();
        boolean sortInKey = sortKey != null && usable(probe, matcher, sortKey);
        if (sortInKey) {
            key = Condition.and(key, Condition.eq(sortKey, probe.get(sortKey)));
        }
        List<Condition> filters = new ArrayList<>();
        for (AttributeSchema attribute : entity.schema().attributes()) {
            String name = attribute.name();
            if (name.equals(chosen.partitionKey()) || sortInKey && name.equals(sortKey) || attribute.isLifecycle()
                    || !usable(probe, matcher, name)) {
                continue;
            }
            filters.add(Condition.eq(name, probe.get(name)));
        }
        TableTheoryQuery query = TableTheoryQuery.query(key).withIndex(chosen.index());
        if (!filters.isEmpty()) {
            query = query.withFilter(filters.size() == 1 ? filters.get(0)
                    : Condition.and(filters.get(0), filters.subList(1, filters.size()).toArray(Condition[]::new)));
        }
        return query.withAscending(ascending(sort, chosen));
    }

    private boolean ascending(Sort sort, AccessPath path) {
        if (sort.isUnsorted()) {
            return true;
        }
        List<Sort.Order> orders = sort.toList();
        if (orders.size() > 1 || path.sortKey() == null
                || !orders.get(0).getProperty().equals(entity.propertyOf(path.sortKey()))) {
            throw invalid("results can only be sorted by the sort key of " + path.describe()
                    + (path.sortKey() == null ? " (it has none)" : " ('" + entity.propertyOf(path.sortKey()) + "')"));
        }
        return orders.get(0).isAscending();
    }

    private boolean usable(Map<String, AttributeValue> probe, ExampleMatcher matcher, @Nullable String attribute) {
        return attribute != null && probe.containsKey(attribute)
                && !matcher.isIgnoredPath(entity.propertyOf(attribute));
    }

    private InvalidDataAccessApiUsageException invalid(String reason) {
        return new InvalidDataAccessApiUsageException("Query by example on model " + entity.name() + ": " + reason);
    }
}
