package com.theorycloud.tabletheory.spring.data.core.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.theorycloud.tabletheory.Table;
import com.theorycloud.tabletheory.TableTheory;
import com.theorycloud.tabletheory.error.IndexNotFoundException;
import com.theorycloud.tabletheory.expression.AttributePath;
import com.theorycloud.tabletheory.expression.Comparator;
import com.theorycloud.tabletheory.expression.Condition;
import com.theorycloud.tabletheory.mapping.StoredTimestamps;
import com.theorycloud.tabletheory.model.AttributeRole;
import com.theorycloud.tabletheory.model.AttributeSchema;
import com.theorycloud.tabletheory.query.Cursor;
import com.theorycloud.tabletheory.query.CursorCodec;
import com.theorycloud.tabletheory.query.Page;
import com.theorycloud.tabletheory.query.Query;
import com.theorycloud.tabletheory.query.Scan;
import com.theorycloud.tabletheory.query.SortDirection;
import com.theorycloud.tabletheory.query.SortKey;
import com.theorycloud.tabletheory.spring.data.core.mapping.AccessPath;
import com.theorycloud.tabletheory.spring.data.core.mapping.TableTheoryEntity;
import com.theorycloud.tabletheory.spring.data.core.query.ResultPage;
import com.theorycloud.tabletheory.spring.data.core.query.TableTheoryQuery;

import org.jspecify.annotations.Nullable;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Runs {@link TableTheoryQuery} reads through the engine's query and scan builders (so they are validated, encrypted
 * attributes decrypted, and every request reported to the engine's listener and interceptor), collecting exactly
 * the requested number of items: each request asks DynamoDB for at most the items still missing, so the engine's
 * cursor after the last request is exactly the position after the last item returned.
 *
 * @param <T> the entity type
 */
public final class ReadCalls<T> {

    private final TableTheoryEntity<T> entity;
    private final Table<T> table;
    private final Set<String> timestamps;
    private final List<String> tableKeys;

    /** Reads of one entity's table through the engine. */
    public ReadCalls(TableTheory engine, TableTheoryEntity<T> entity) {
        this.entity = entity;
        this.table = engine.table(entity.codec());
        Set<String> lifecycle = new LinkedHashSet<>();
        for (AttributeSchema attribute : entity.schema().attributes()) {
            if (attribute.hasRole(AttributeRole.CREATED_AT) || attribute.hasRole(AttributeRole.UPDATED_AT)) {
                lifecycle.add(attribute.name());
            }
        }
        this.timestamps = Set.copyOf(lifecycle);
        List<String> keys = new ArrayList<>();
        keys.add(entity.schema().partitionKey().name());
        if (entity.schema().sortKey() != null) {
            keys.add(entity.schema().sortKey().name());
        }
        this.tableKeys = List.copyOf(keys);
    }

    /** Reads one page of up to {@code query.limit()} items (all remaining items when the limit is 0). */
    public ResultPage<T> page(TableTheoryQuery query) {
        AccessPath path = path(query);
        List<T> items = new ArrayList<>();
        String cursor = query.cursor();
        while (true) {
            int remaining = query.limit() == 0 ? 0 : query.limit() - items.size();
            Page<T> page = read(query, cursor, remaining);
            items.addAll(page.items());
            if (!page.hasNext() || query.limit() > 0 && items.size() >= query.limit()) {
                return new ResultPage<>(items, itemCursors(items, page.cursor(), path, query), page.cursor());
            }
            cursor = page.cursor();
        }
    }

    /** Counts matching items with {@code Select=COUNT}; reads (and pays for) every item the key condition covers. */
    public long count(TableTheoryQuery query) {
        path(query);
        return query.isScan() ? scan(query, query.cursor(), 0).count() : query(query, query.cursor(), 0).count();
    }

    private Page<T> read(TableTheoryQuery query, @Nullable String cursor, int limit) {
        return query.isScan() ? scan(query, cursor, limit).page() : query(query, cursor, limit).page();
    }

    private Query<T> query(TableTheoryQuery request, @Nullable String cursor, int limit) {
        Query<T> query = table.query().direction(request.ascending() ? SortDirection.ASC : SortDirection.DESC)
                .consistentRead(request.consistentRead()).cursor(cursor);
        if (request.index() != null) {
            query.index(request.index());
        }
        Condition key = stamped(request.keyCondition());
        List<Condition> parts = key instanceof Condition.And and ? and.conditions() : List.of(key);
        if (parts.size() > 2 || !(parts.get(0) instanceof Condition.Comparison partition)
                || partition.comparator() != Comparator.EQ
                || partition.value() == null) {
            throw new IllegalArgumentException("Model " + entity.name() + ": a key condition is 'partitionKey ="
                    + " value' optionally AND one sort-key condition, got " + request.keyCondition());
        }
        query.partition(partition.path().attributeName(), partition.value());
        if (parts.size() == 2) {
            query.sort(sortKey(parts.get(1)));
        }
        if (request.filter() != null) {
            query.filter(stamped(request.filter()));
        }
        if (!request.projection().isEmpty()) {
            query.project(projection(request));
        }
        if (limit > 0) {
            query.limit(limit);
        }
        return query;
    }

    private Scan<T> scan(TableTheoryQuery request, @Nullable String cursor, int limit) {
        Scan<T> scan = table.scan().cursor(cursor);
        if (request.index() != null) {
            scan.index(request.index());
        }
        if (request.consistentRead()) {
            scan.consistentRead();
        }
        if (request.filter() != null) {
            scan.filter(stamped(request.filter()));
        }
        if (!request.projection().isEmpty()) {
            scan.project(projection(request));
        }
        if (limit > 0) {
            scan.limit(limit);
        }
        return scan;
    }

    private SortKey sortKey(Condition condition) {
        if (condition instanceof Condition.Comparison c && c.value() != null) {
            String attribute = c.path().attributeName();
            return switch (c.comparator()) {
                case EQ -> SortKey.eq(attribute, c.value());
                case LT -> SortKey.lt(attribute, c.value());
                case LE -> SortKey.le(attribute, c.value());
                case GT -> SortKey.gt(attribute, c.value());
                case GE -> SortKey.ge(attribute, c.value());
                case NE -> throw new IllegalArgumentException("Model " + entity.name() + ": <> cannot be a"
                        + " sort-key condition; use a filter");
            };
        }
        if (condition instanceof Condition.Between b) {
            return SortKey.between(b.path().attributeName(), b.low(), b.high());
        }
        if (condition instanceof Condition.BeginsWith b) {
            return SortKey.beginsWith(b.path().attributeName(), b.prefix());
        }
        throw new IllegalArgumentException("Model " + entity.name() + ": " + condition + " cannot be a sort-key"
                + " condition; use =, <, <=, >, >=, between or begins_with");
    }

    private String[] projection(TableTheoryQuery query) {
        Set<String> names = new LinkedHashSet<>(query.projection());
        // Key attributes are always read so every item can yield its own cursor.
        names.addAll(cursorKeys(path(query)));
        return names.toArray(String[]::new);
    }

    /**
     * Lifecycle timestamps are stored in the engine's fixed nine-digit form; instants compared with them are
     * written the same way (the model's converter would trim trailing zeros, and strings of different fraction
     * widths do not sort as instants).
     */
    private @Nullable Condition stamped(@Nullable Condition condition) {
        if (condition == null || timestamps.isEmpty()) {
            return condition;
        }
        if (condition instanceof Condition.Comparison c && isTimestamp(c.path())) {
            return new Condition.Comparison(c.path(), c.comparator(), stamp(c.value()));
        }
        if (condition instanceof Condition.Between b && isTimestamp(b.path())) {
            return new Condition.Between(b.path(), stamp(b.low()), stamp(b.high()));
        }
        if (condition instanceof Condition.In in && isTimestamp(in.path())) {
            List<@Nullable Object> values = new ArrayList<>();
            in.values().forEach(v -> values.add(stamp(v)));
            return new Condition.In(in.path(), values);
        }
        if (condition instanceof Condition.And and) {
            return new Condition.And(and.conditions().stream().map(this::stamped).toList());
        }
        if (condition instanceof Condition.Or or) {
            return new Condition.Or(or.conditions().stream().map(this::stamped).toList());
        }
        if (condition instanceof Condition.Not not) {
            return new Condition.Not(stamped(not.condition()));
        }
        return condition;
    }

    private boolean isTimestamp(AttributePath path) {
        return path.isTopLevel() && timestamps.contains(path.attributeName());
    }

    @SuppressWarnings("unchecked")
    private static <V> V stamp(V value) {
        Instant instant = value instanceof Instant i ? i : value instanceof OffsetDateTime o ? o.toInstant()
                : value instanceof ZonedDateTime z ? z.toInstant() : null;
        return instant == null ? value : (V) AttributeValue.fromS(StoredTimestamps.format(instant));
    }

    /**
     * The cursor after each item. The last item's is the engine's own when more items follow; the others are built
     * from the items' key attributes in their stored form, so a keyset position can resume mid-page.
     */
    private List<String> itemCursors(List<T> items, String last, AccessPath path, TableTheoryQuery query) {
        List<String> cursors = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            cursors.add(i == items.size() - 1 && !last.isEmpty() ? last : cursorOf(items.get(i), path, query));
        }
        return cursors;
    }

    private String cursorOf(T item, AccessPath path, TableTheoryQuery query) {
        // The model's own codec: the key attributes are never encrypted, and nothing else is needed here.
        Map<String, AttributeValue> encoded = entity.codec().encode(item);
        Map<String, AttributeValue> key = new LinkedHashMap<>();
        for (String name : cursorKeys(path)) {
            AttributeValue value = encoded.get(name);
            if (value != null && timestamps.contains(name) && value.s() != null) {
                value = storedTimestamp(value);
            }
            if (value != null) {
                key.put(name, value);
            }
        }
        return CursorCodec.encode(new Cursor(key, path.index(), query.isScan() ? null
                : query.ascending() ? SortDirection.ASC : SortDirection.DESC));
    }

    /** A lifecycle key in the engine's stored form (the converter may have trimmed the fraction). */
    private static AttributeValue storedTimestamp(AttributeValue value) {
        try {
            return AttributeValue.fromS(StoredTimestamps.format(Instant.from(
                    DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(value.s()))));
        } catch (DateTimeException e) {
            return value;
        }
    }

    private List<String> cursorKeys(AccessPath path) {
        Set<String> keys = new LinkedHashSet<>(tableKeys);
        keys.add(path.partitionKey());
        if (path.sortKey() != null) {
            keys.add(path.sortKey());
        }
        return List.copyOf(keys);
    }

    private AccessPath path(TableTheoryQuery query) {
        return entity.accessPath(query.index()).orElseThrow(() -> new IndexNotFoundException(entity.name(),
                "Model " + entity.name() + " has no index '" + query.index() + "'; declare it on the model or use"
                        + " one of " + entity.accessPaths().stream().map(AccessPath::describe).toList()));
    }
}
