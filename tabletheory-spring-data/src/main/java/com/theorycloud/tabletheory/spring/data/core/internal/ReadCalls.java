package com.theorycloud.tabletheory.spring.data.core.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.theorycloud.tabletheory.TableTheory;
import com.theorycloud.tabletheory.expression.internal.ConditionRenderer;
import com.theorycloud.tabletheory.expression.internal.Placeholders;
import com.theorycloud.tabletheory.expression.internal.ValueEncoder;
import com.theorycloud.tabletheory.internal.ErrorTranslator;
import com.theorycloud.tabletheory.internal.FailureContext;
import com.theorycloud.tabletheory.internal.ModelValueEncoder;
import com.theorycloud.tabletheory.mapping.ItemCodec;
import com.theorycloud.tabletheory.query.Cursor;
import com.theorycloud.tabletheory.query.CursorCodec;
import com.theorycloud.tabletheory.query.SortDirection;
import com.theorycloud.tabletheory.spring.data.core.mapping.AccessPath;
import com.theorycloud.tabletheory.spring.data.core.mapping.TableTheoryEntity;
import com.theorycloud.tabletheory.spring.data.core.query.ResultPage;
import com.theorycloud.tabletheory.spring.data.core.query.TableTheoryQuery;
import com.theorycloud.tabletheory.error.IndexNotFoundException;
import com.theorycloud.tabletheory.error.InvalidCursorException;

import org.jspecify.annotations.Nullable;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * Runs {@link TableTheoryQuery} reads as DynamoDB Query and Scan calls for one entity: renders the expressions with
 * the engine's placeholders and value encoding, follows DynamoDB pages until the limit is reached, and produces the
 * TableTheory cursor after every item.
 *
 * @param <T> the entity type
 */
public final class ReadCalls<T> {

    private final TableTheoryEntity<T> entity;
    private final ItemCodec<T> codec;
    private final DynamoDbClient client;
    private final String tableName;
    private final ValueEncoder encoder;
    private final List<String> tableKeys;

    /** Reads of one entity's table through the engine's client. */
    public ReadCalls(TableTheory engine, TableTheoryEntity<T> entity) {
        this.entity = entity;
        // The engine's table codec decrypts @Encrypted attributes; the model's own codec would not.
        this.codec = engine.table(entity.codec()).codec();
        this.client = engine.client();
        this.tableName = engine.tableName(entity.schema());
        this.encoder = new LifecycleAwareEncoder(entity.schema(), new ModelValueEncoder(codec));
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
        List<String> cursorKeys = cursorKeys(path);
        List<T> items = new ArrayList<>();
        List<String> itemCursors = new ArrayList<>();
        Map<String, AttributeValue> start = startKey(query);
        while (true) {
            int remaining = query.limit() == 0 ? 0 : query.limit() - items.size();
            Raw raw = call(query, start, remaining, false);
            for (int i = 0; i < raw.items().size(); i++) {
                Map<String, AttributeValue> item = raw.items().get(i);
                items.add(codec.decode(item));
                itemCursors.add(cursorOf(keyOf(item, cursorKeys), path, query));
                if (query.limit() > 0 && items.size() == query.limit()) {
                    boolean lastOfAll = i == raw.items().size() - 1 && raw.lastKey().isEmpty();
                    return new ResultPage<>(items, itemCursors, lastOfAll ? "" : itemCursors.get(i));
                }
            }
            if (raw.lastKey().isEmpty()) {
                return new ResultPage<>(items, itemCursors, "");
            }
            start = raw.lastKey();
        }
    }

    /** Counts matching items with {@code Select=COUNT}; reads (and pays for) every item the key condition covers. */
    public long count(TableTheoryQuery query) {
        path(query);
        long count = 0;
        Map<String, AttributeValue> start = startKey(query);
        do {
            Raw raw = call(query, start, 0, true);
            count += raw.count();
            start = raw.lastKey();
        } while (!start.isEmpty());
        return count;
    }

    private record Raw(List<Map<String, AttributeValue>> items, Map<String, AttributeValue> lastKey, int count) {
    }

    private Raw call(TableTheoryQuery query, @Nullable Map<String, AttributeValue> start, int limit, boolean count) {
        Placeholders placeholders = new Placeholders();
        ConditionRenderer renderer = new ConditionRenderer(placeholders, encoder);
        String key = query.keyCondition() == null ? null : renderer.render(query.keyCondition());
        String filter = query.filter() == null ? null : renderer.render(query.filter());
        String projection = count || query.projection().isEmpty() ? null : projection(query, placeholders);
        // A DynamoDB Limit counts items read before the filter, so it only helps when there is no filter.
        Integer pageLimit = limit > 0 && filter == null ? limit : null;
        FailureContext context = FailureContext.of(entity.name(), tableName, query.isScan() ? "scan" : "query",
                null);
        try {
            if (query.isScan()) {
                ScanResponse response = client.scan(ScanRequest.builder().tableName(tableName)
                        .indexName(query.index()).filterExpression(filter).projectionExpression(projection)
                        .expressionAttributeNames(placeholders.hasNames() ? placeholders.names() : null)
                        .expressionAttributeValues(placeholders.hasValues() ? placeholders.values() : null)
                        .exclusiveStartKey(start == null || start.isEmpty() ? null : start).limit(pageLimit)
                        .consistentRead(query.consistentRead() ? Boolean.TRUE : null)
                        .select(count ? Select.COUNT : null).build());
                return new Raw(response.items(), response.hasLastEvaluatedKey() ? response.lastEvaluatedKey()
                        : Map.of(), response.count() == null ? 0 : response.count());
            }
            QueryResponse response = client.query(QueryRequest.builder().tableName(tableName)
                    .indexName(query.index()).keyConditionExpression(key).filterExpression(filter)
                    .projectionExpression(projection)
                    .expressionAttributeNames(placeholders.hasNames() ? placeholders.names() : null)
                    .expressionAttributeValues(placeholders.hasValues() ? placeholders.values() : null)
                    .exclusiveStartKey(start == null || start.isEmpty() ? null : start).limit(pageLimit)
                    .scanIndexForward(query.ascending()).consistentRead(query.consistentRead() ? Boolean.TRUE : null)
                    .select(count ? Select.COUNT : null).build());
            return new Raw(response.items(), response.hasLastEvaluatedKey() ? response.lastEvaluatedKey() : Map.of(),
                    response.count() == null ? 0 : response.count());
        } catch (SdkException e) {
            throw ErrorTranslator.translate(e, context);
        }
    }

    private String projection(TableTheoryQuery query, Placeholders placeholders) {
        Set<String> names = new LinkedHashSet<>(query.projection());
        // Key attributes are always read so every item can yield a cursor.
        names.addAll(cursorKeys(path(query)));
        List<String> parts = new ArrayList<>(names.size());
        for (String name : names) {
            parts.add(placeholders.name(name));
        }
        return String.join(", ", parts);
    }

    private AccessPath path(TableTheoryQuery query) {
        return entity.accessPath(query.index()).orElseThrow(() -> new IndexNotFoundException(entity.name(),
                "Model " + entity.name() + " has no index '" + query.index() + "'; declare it on the model or use"
                        + " one of " + entity.accessPaths().stream().map(AccessPath::describe).toList()));
    }

    private List<String> cursorKeys(AccessPath path) {
        Set<String> keys = new LinkedHashSet<>(tableKeys);
        keys.add(path.partitionKey());
        if (path.sortKey() != null) {
            keys.add(path.sortKey());
        }
        return List.copyOf(keys);
    }

    private static Map<String, AttributeValue> keyOf(Map<String, AttributeValue> item, List<String> keys) {
        Map<String, AttributeValue> key = new LinkedHashMap<>();
        for (String name : keys) {
            AttributeValue value = item.get(name);
            if (value != null) {
                key.put(name, value);
            }
        }
        return key;
    }

    private String cursorOf(Map<String, AttributeValue> key, AccessPath path, TableTheoryQuery query) {
        return CursorCodec.encode(new Cursor(key, path.index(), query.isScan() ? null
                : query.ascending() ? SortDirection.ASC : SortDirection.DESC));
    }

    private @Nullable Map<String, AttributeValue> startKey(TableTheoryQuery query) {
        if (query.cursor() == null) {
            return null;
        }
        Cursor cursor = CursorCodec.decode(query.cursor());
        String index = query.index();
        if (index == null ? cursor.index() != null : !index.equals(cursor.index())) {
            throw new InvalidCursorException(entity.name(), "Model " + entity.name() + ": the cursor was made for "
                    + (cursor.index() == null ? "the table" : "index '" + cursor.index() + "'") + " but this read uses "
                    + (index == null ? "the table" : "index '" + index + "'")
                    + "; pass cursors only to the method that returned them");
        }
        return cursor.lastKey();
    }
}
