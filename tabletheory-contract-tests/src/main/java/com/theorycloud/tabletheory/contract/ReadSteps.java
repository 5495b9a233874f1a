package com.theorycloud.tabletheory.contract;

import com.theorycloud.tabletheory.Table;
import com.theorycloud.tabletheory.expression.Condition;
import com.theorycloud.tabletheory.mapping.Document;
import com.theorycloud.tabletheory.query.Query;
import com.theorycloud.tabletheory.query.Scan;
import com.theorycloud.tabletheory.query.SortKey;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Turns a scenario's {@code query} / {@code scan} blocks into the engine's fluent query and scan builders.
 */
final class ReadSteps {

    private ReadSteps() {
    }

    @SuppressWarnings("unchecked")
    static Query<Document> query(Table<Document> table, Map<String, Object> spec, Step step) {
        Query<Document> query = table.query();
        Map<String, Object> partition = (Map<String, Object>) spec.get("partition");
        if (partition == null || !"=".equals(partition.get("operator"))) {
            throw new ScenarioFailure(step.label() + ": a query needs a partition condition with operator '='");
        }
        query.partition(String.valueOf(partition.get("attribute")), partition.get("value"));
        if (spec.get("index") instanceof String index) {
            query.index(index);
        }
        if (spec.get("sort") instanceof Map<?, ?> sort) {
            query.sort(sortKey((Map<String, Object>) sort, step));
        }
        if ("DESC".equals(spec.get("sort_direction"))) {
            query.descending();
        } else if ("ASC".equals(spec.get("sort_direction"))) {
            query.ascending();
        }
        Condition filter = filter(spec, step);
        if (filter != null) {
            query.filter(filter);
        }
        if (spec.get("projection") instanceof List<?> projection) {
            query.project(projection.stream().map(String::valueOf).toArray(String[]::new));
        }
        if (spec.get("limit") instanceof Number limit) {
            query.limit(limit.intValue());
        }
        if (Boolean.TRUE.equals(spec.get("consistent_read"))) {
            query.consistentRead();
        }
        if (spec.get("cursor") instanceof String cursor) {
            query.cursor(cursor);
        }
        return query;
    }

    static Scan<Document> scan(Table<Document> table, Map<String, Object> spec, Step step) {
        Scan<Document> scan = table.scan();
        if (spec.get("index") instanceof String index) {
            scan.index(index);
        }
        Condition filter = filter(spec, step);
        if (filter != null) {
            scan.filter(filter);
        }
        if (spec.get("projection") instanceof List<?> projection) {
            scan.project(projection.stream().map(String::valueOf).toArray(String[]::new));
        }
        if (spec.get("limit") instanceof Number limit) {
            scan.limit(limit.intValue());
        }
        if (Boolean.TRUE.equals(spec.get("consistent_read"))) {
            scan.consistentRead();
        }
        if (spec.get("cursor") instanceof String cursor) {
            scan.cursor(cursor);
        }
        return scan;
    }

    private static SortKey sortKey(Map<String, Object> sort, Step step) {
        String attribute = String.valueOf(sort.get("attribute"));
        Object value = sort.get("value");
        List<?> values = sort.get("values") instanceof List<?> list ? list : List.of();
        return switch (String.valueOf(sort.get("operator"))) {
            case "=" -> SortKey.eq(attribute, value);
            case "<" -> SortKey.lt(attribute, value);
            case "<=" -> SortKey.le(attribute, value);
            case ">" -> SortKey.gt(attribute, value);
            case ">=" -> SortKey.ge(attribute, value);
            case "begins_with" -> SortKey.beginsWith(attribute, value);
            case "between" -> SortKey.between(attribute, values.get(0), values.get(1));
            default -> throw new ScenarioFailure(step.label() + ": unknown sort operator " + sort.get("operator"));
        };
    }

    @SuppressWarnings("unchecked")
    private static @Nullable Condition filter(Map<String, Object> spec, Step step) {
        if (!(spec.get("filter") instanceof List<?> filters) || filters.isEmpty()) {
            return null;
        }
        Condition combined = null;
        for (Object entry : filters) {
            Condition condition = condition((Map<String, Object>) entry, step);
            combined = combined == null ? condition : Condition.and(combined, condition);
        }
        return combined;
    }

    private static Condition condition(Map<String, Object> filter, Step step) {
        String attribute = String.valueOf(filter.get("attribute"));
        Object value = filter.get("value");
        List<?> values = filter.get("values") instanceof List<?> list ? list : List.of();
        return switch (String.valueOf(filter.get("operator"))) {
            case "=" -> Condition.eq(attribute, value);
            case "<>", "!=" -> Condition.ne(attribute, value);
            case "<" -> Condition.lt(attribute, value);
            case "<=" -> Condition.le(attribute, value);
            case ">" -> Condition.gt(attribute, value);
            case ">=" -> Condition.ge(attribute, value);
            case "begins_with" -> Condition.beginsWith(attribute, value);
            case "contains" -> Condition.contains(attribute, value);
            case "between" -> Condition.between(attribute, values.get(0), values.get(1));
            case "in" -> Condition.in(attribute, values.toArray());
            case "exists", "attribute_exists" -> Condition.attributeExists(attribute);
            case "not_exists", "attribute_not_exists" -> Condition.attributeNotExists(attribute);
            default -> throw new ScenarioFailure(step.label() + ": unknown filter operator " + filter.get("operator"));
        };
    }
}
