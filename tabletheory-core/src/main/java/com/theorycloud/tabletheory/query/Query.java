package com.theorycloud.tabletheory.query;

import com.theorycloud.tabletheory.error.InvalidCursorException;
import com.theorycloud.tabletheory.error.InvalidOperatorException;
import com.theorycloud.tabletheory.error.InvalidValueException;
import com.theorycloud.tabletheory.expression.AttributePath;
import com.theorycloud.tabletheory.expression.Condition;
import com.theorycloud.tabletheory.expression.internal.ConditionRenderer;
import com.theorycloud.tabletheory.expression.internal.Placeholders;
import com.theorycloud.tabletheory.expression.internal.ValueEncoder;
import com.theorycloud.tabletheory.internal.EmptyValues;
import com.theorycloud.tabletheory.internal.IndexRules;
import com.theorycloud.tabletheory.model.DynamoType;
import com.theorycloud.tabletheory.model.ModelSchema;
import com.theorycloud.tabletheory.query.internal.CursorRules;
import com.theorycloud.tabletheory.query.internal.IndexChoice;
import com.theorycloud.tabletheory.query.internal.KeyTarget;
import com.theorycloud.tabletheory.query.internal.ReadContext;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * A query of one partition of a model's table or of one of its indexes. Obtain it from {@code Table.query()}, set the
 * partition (and optionally a sort key condition, filters, projection, order, limit), then read one {@link #page()},
 * {@link #stream()} every item, take the {@link #first()} or {@link #count()} them:
 *
 * <pre>{@code
 * Page<User> page = users.query()
 *         .partition("PK", "USER#1")
 *         .sort(SortKey.beginsWith("SK", "ORDER#"))
 *         .filter(Condition.eq("status", "paid"))
 *         .descending()
 *         .limit(25)
 *         .cursor(previous.cursor())
 *         .page();
 * }</pre>
 *
 * <p>The index is the one named with {@link #index(String)}, or inferred from the key attributes: the table when its
 * partition key is queried, otherwise the one index whose keys match (several matching indexes must be named). Every
 * attribute name and value reaches DynamoDB as a placeholder. A query is a mutable builder: configure and run it on
 * one thread; it may be run several times.
 *
 * @param <T> the item type
 */
public final class Query<T> {

    private final ReadContext<T> context;
    private final ModelSchema schema;
    private @Nullable String partitionAttribute;
    private @Nullable Object partitionValue;
    private @Nullable SortKey sortKey;
    private @Nullable String index;
    private @Nullable Condition filter;
    private List<AttributePath> projection = List.of();
    private SortDirection direction = SortDirection.ASC;
    private @Nullable Integer limit;
    private @Nullable Boolean consistentRead;
    private @Nullable String cursor;

    /** Creates a query; applications get one from {@code Table.query()}. */
    public Query(ReadContext<T> context) {
        this.context = context;
        this.schema = context.codec().schema();
    }

    /** The partition to read: {@code attribute = value} on the partition key of the table or an index (required). */
    public Query<T> partition(String attribute, Object value) {
        this.partitionAttribute = attribute;
        this.partitionValue = value;
        return this;
    }

    /** A condition on the sort key of the table or index; replaces any set before. */
    public Query<T> sort(SortKey condition) {
        this.sortKey = condition;
        return this;
    }

    /** Queries this index (GSI or LSI) instead of letting the key attributes choose. */
    public Query<T> index(String indexName) {
        this.index = indexName;
        return this;
    }

    /**
     * Keeps only items meeting the condition; DynamoDB applies it after reading, so dropped items still count
     * against the limit and the read capacity. Several filters are ANDed. Key attributes of the queried table or
     * index belong in {@link #partition} and {@link #sort}, not in a filter.
     */
    public Query<T> filter(Condition condition) {
        this.filter = ReadParts.and(filter, condition);
        return this;
    }

    /** Returns only these top-level attributes; items are decoded as far as they go. */
    public Query<T> project(String... attributes) {
        this.projection = ReadParts.paths(attributes);
        return this;
    }

    /** Returns only these paths; items are decoded as far as they go. */
    public Query<T> project(List<AttributePath> paths) {
        this.projection = List.copyOf(paths);
        return this;
    }

    /** Reads in ascending sort key order (the default). */
    public Query<T> ascending() {
        this.direction = SortDirection.ASC;
        return this;
    }

    /** Reads in descending sort key order. */
    public Query<T> descending() {
        this.direction = SortDirection.DESC;
        return this;
    }

    /** Reads in the given sort key order. */
    public Query<T> direction(SortDirection sortDirection) {
        this.direction = sortDirection;
        return this;
    }

    /**
     * The most items DynamoDB evaluates per request: the size of a {@link #page()}, and the page size of
     * {@link #stream()}, {@link #first()} and {@link #count()}, which read on until the end.
     */
    public Query<T> limit(int maxItems) {
        this.limit = ReadParts.checkLimit(schema.name(), maxItems);
        return this;
    }

    /** Strongly consistent reads; not allowed on a global secondary index. */
    public Query<T> consistentRead() {
        return consistentRead(true);
    }

    /**
     * Whether to read strongly consistently, whatever the engine's default ({@code TableTheory.Builder.consistentReads});
     * {@code true} is not allowed on a global secondary index.
     */
    public Query<T> consistentRead(boolean consistent) {
        this.consistentRead = consistent;
        return this;
    }

    /** Starts after the position of a cursor returned by this same query; {@code null} or {@code ""} starts over. */
    public Query<T> cursor(@Nullable String encodedCursor) {
        this.cursor = encodedCursor;
        return this;
    }

    /**
     * Reads one page: one request of at most {@link #limit} items (or 1 MB).
     *
     * @throws InvalidCursorException   when the cursor is garbled or belongs to another read
     * @throws InvalidOperatorException for a missing partition, keys that fit no index, or a consistent GSI read
     */
    public Page<T> page() {
        Prepared prepared = prepare();
        PageWalk.Fetched<T> fetched = fetch(prepared, prepared.startKey(), false);
        return new Page<>(fetched.items(), cursorOf(prepared.target(), fetched.lastKey()));
    }

    /**
     * Every item from the cursor on, fetched page by page as the stream is consumed (constant memory). The stream
     * holds no open resource between pages, so abandoning it early is safe; closing it is not required.
     */
    public Stream<T> stream() {
        Prepared prepared = prepare();
        return PageWalk.items(start -> fetch(prepared, start, false), prepared.startKey());
    }

    /**
     * Every item from the cursor on as an {@code Iterable} for for-each loops; each iteration starts a new lazy walk
     * over the pages (see {@link #stream()}), reading the current settings of this builder.
     */
    public Iterable<T> iterable() {
        return () -> stream().iterator();
    }

    /** Every page from the cursor on, fetched lazily; each page carries the cursor of the next. */
    public Stream<Page<T>> pages() {
        Prepared prepared = prepare();
        return PageWalk.pageStream(start -> fetch(prepared, start, false), prepared.startKey())
                .map(fetched -> new Page<>(fetched.items(), cursorOf(prepared.target(), fetched.lastKey())));
    }

    /** Every item from the cursor on, read into a list; prefer {@link #stream()} for large results. */
    public List<T> list() {
        try (Stream<T> items = stream()) {
            return items.toList();
        }
    }

    /** The first matching item, reading on past pages a filter emptied; empty when none matches. */
    public Optional<T> first() {
        Prepared prepared = prepare();
        Integer pageSize = limit != null ? limit : filter == null ? Integer.valueOf(1) : null;
        Iterator<T> items = PageWalk.items((Map<String, AttributeValue> start) -> fetch(prepared, start, false,
                pageSize), prepared.startKey()).iterator();
        return items.hasNext() ? Optional.of(items.next()) : Optional.empty();
    }

    /**
     * The number of matching items, counted by DynamoDB ({@code Select.COUNT}, no items transferred) over every page
     * from the cursor on. The projection is ignored.
     */
    public long count() {
        Prepared prepared = prepare();
        long total = 0;
        Iterator<PageWalk.Fetched<T>> pages = PageWalk.pages(start -> fetch(prepared, start, true),
                prepared.startKey());
        while (pages.hasNext()) {
            total += pages.next().count();
        }
        return total;
    }

    /** The request of the first page, as it would be sent; for diagnostics and tests. */
    public QueryRequest toRequest() {
        Prepared prepared = prepare();
        return request(prepared, prepared.startKey(), false, limit);
    }

    private record Prepared(KeyTarget target, AttributeValue partition, @Nullable Map<String, AttributeValue> startKey,
            boolean consistent) {
    }

    private Prepared prepare() {
        if (partitionAttribute == null || partitionValue == null) {
            throw new InvalidOperatorException(schema.name(), "Model " + schema.name()
                    + ": a query needs a partition; call partition(attribute, value), or use scan() to read every"
                    + " partition");
        }
        KeyTarget target = IndexChoice.forQuery(schema, index, partitionAttribute,
                sortKey == null ? null : sortKey.attribute());
        boolean consistent = IndexRules.consistentRead(target.index(), consistentRead, context.consistentReads());
        IndexRules.checkConsistentRead(schema, target.index(), consistent);
        if (sortKey != null && sortKey.operator() == SortKey.Operator.BEGINS_WITH && target.sortKey() != null
                && target.sortKey().type() == DynamoType.N) {
            throw new InvalidOperatorException(schema.name(), "Model " + schema.name() + ": begins_with needs a"
                    + " string or binary sort key but '" + target.sortKey().name() + "' is a number; use between");
        }
        if (filter != null) {
            for (String attribute : ReadParts.attributes(filter)) {
                if (attribute.equals(target.partitionKey().name())
                        || (target.sortKey() != null && attribute.equals(target.sortKey().name()))) {
                    throw new InvalidOperatorException(schema.name(), "Model " + schema.name() + ": '" + attribute
                            + "' is a key of " + target.describe() + " and cannot be filtered; put the condition"
                            + " in partition(...) or sort(SortKey...)");
                }
            }
        }
        AttributeValue partition = partitionValue(target);
        Map<String, AttributeValue> startKey = null;
        Cursor decoded = CursorCodec.decode(cursor);
        if (!decoded.isEnd()) {
            CursorRules.check(schema.name(), decoded.lastKey(), decoded.index(),
                    decoded.sort() == null ? null : decoded.sort().name(), target, direction.name(), partition);
            startKey = decoded.lastKey();
        }
        return new Prepared(target, partition, startKey, consistent);
    }

    private AttributeValue partitionValue(KeyTarget target) {
        AttributeValue value = context.encoder().encode(AttributePath.of(target.partitionKey().name()),
                partitionValue, ValueEncoder.Use.VALUE);
        if (value.type() != AttributeValue.Type.valueOf(target.partitionKey().type().name())
                || EmptyValues.isEmptyKeyPart(value)) {
            throw new InvalidValueException(schema.name(), "Model " + schema.name() + ": the partition value for '"
                    + target.partitionKey().name() + "' of " + target.describe() + " must be a non-empty "
                    + target.partitionKey().type() + " but encodes as " + value.type()
                    + "; pass the key value as stored");
        }
        return value;
    }

    private PageWalk.Fetched<T> fetch(Prepared prepared, @Nullable Map<String, AttributeValue> start,
            boolean count) {
        return fetch(prepared, start, count, limit);
    }

    private PageWalk.Fetched<T> fetch(Prepared prepared, @Nullable Map<String, AttributeValue> start, boolean count,
            @Nullable Integer pageSize) {
        QueryResponse response = context.calls().query(request(prepared, start, count, pageSize));
        List<T> items = count ? List.of() : ReadParts.decode(context.codec(), response.items());
        Map<String, AttributeValue> lastKey = response.hasLastEvaluatedKey() ? response.lastEvaluatedKey() : Map.of();
        return new PageWalk.Fetched<>(items, lastKey, response.count() == null ? items.size() : response.count());
    }

    private QueryRequest request(Prepared prepared, @Nullable Map<String, AttributeValue> start, boolean count,
            @Nullable Integer pageSize) {
        Placeholders placeholders = new Placeholders();
        ConditionRenderer renderer = new ConditionRenderer(placeholders, context.encoder());
        String keyCondition = placeholders.name(prepared.target().partitionKey().name()) + " = "
                + placeholders.value(prepared.partition());
        if (sortKey != null) {
            keyCondition += " AND " + renderer.render(sortKey.toCondition());
        }
        QueryRequest.Builder builder = QueryRequest.builder().tableName(context.tableName())
                .indexName(prepared.target().indexName())
                .keyConditionExpression(keyCondition)
                .scanIndexForward(direction == SortDirection.ASC)
                .returnConsumedCapacity(context.reportCapacity() ? ReturnConsumedCapacity.TOTAL
                        : ReturnConsumedCapacity.NONE);
        if (filter != null) {
            builder.filterExpression(renderer.render(filter));
        }
        if (count) {
            builder.select(Select.COUNT);
        } else if (!projection.isEmpty()) {
            builder.projectionExpression(placeholders.projection(projection));
        }
        if (prepared.consistent()) {
            builder.consistentRead(true);
        }
        if (pageSize != null) {
            builder.limit(pageSize);
        }
        if (start != null) {
            builder.exclusiveStartKey(start);
        }
        builder.expressionAttributeNames(placeholders.names());
        if (placeholders.hasValues()) {
            builder.expressionAttributeValues(placeholders.values());
        }
        return builder.build();
    }

    private String cursorOf(KeyTarget target, Map<String, AttributeValue> lastKey) {
        return lastKey.isEmpty() ? "" : CursorCodec.encode(new Cursor(lastKey, target.indexName(), direction));
    }

    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        parts.add("partition " + partitionAttribute);
        if (sortKey != null) {
            parts.add("sort " + sortKey.operator() + " on " + sortKey.attribute());
        }
        if (index != null) {
            parts.add("index " + index);
        }
        parts.add(direction.name());
        return "Query[" + schema.name() + ": " + String.join(", ", parts) + "]";
    }
}
