package com.theorycloud.tabletheory.query;

import com.theorycloud.tabletheory.error.InvalidCursorException;
import com.theorycloud.tabletheory.error.InvalidOperatorException;
import com.theorycloud.tabletheory.expression.AttributePath;
import com.theorycloud.tabletheory.expression.Condition;
import com.theorycloud.tabletheory.expression.internal.ConditionRenderer;
import com.theorycloud.tabletheory.expression.internal.Placeholders;
import com.theorycloud.tabletheory.internal.IndexRules;
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
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * A scan of a model's whole table or of one of its indexes, optionally filtered, projected and split into parallel
 * segments. Obtain it from {@code Table.scan()}:
 *
 * <pre>{@code
 * try (Stream<User> active = users.scan().filter(Condition.eq("status", "active")).stream()) {
 *     active.forEach(this::notify);
 * }
 * }</pre>
 *
 * <p>A scan reads every item of the table (filters are applied after reading), so prefer a {@link Query} when the
 * partition is known. For large tables, {@link #segments(int)} splits the scan into independent parallel scans. A scan
 * is a mutable builder: configure and run it on one thread; it may be run several times.
 *
 * @param <T> the item type
 */
public final class Scan<T> {

    /** DynamoDB's upper bound for {@code TotalSegments}. */
    private static final int MAX_SEGMENTS = 1_000_000;

    private final ReadContext<T> context;
    private final ModelSchema schema;
    private @Nullable String index;
    private @Nullable Condition filter;
    private List<AttributePath> projection = List.of();
    private @Nullable Integer limit;
    private @Nullable Boolean consistentRead;
    private @Nullable String cursor;
    private @Nullable Integer segment;
    private @Nullable Integer totalSegments;

    /** Creates a scan; applications get one from {@code Table.scan()}. */
    public Scan(ReadContext<T> context) {
        this.context = context;
        this.schema = context.codec().schema();
    }

    private Scan<T> copy() {
        Scan<T> copy = new Scan<>(context);
        copy.index = index;
        copy.filter = filter;
        copy.projection = projection;
        copy.limit = limit;
        copy.consistentRead = consistentRead;
        copy.cursor = cursor;
        copy.segment = segment;
        copy.totalSegments = totalSegments;
        return copy;
    }

    /** Scans this index (GSI or LSI) instead of the table. */
    public Scan<T> index(String indexName) {
        this.index = indexName;
        return this;
    }

    /** Keeps only items meeting the condition (applied after reading); several filters are ANDed. */
    public Scan<T> filter(Condition condition) {
        this.filter = ReadParts.and(filter, condition);
        return this;
    }

    /** Returns only these top-level attributes; items are decoded as far as they go. */
    public Scan<T> project(String... attributes) {
        this.projection = ReadParts.paths(attributes);
        return this;
    }

    /** Returns only these paths; items are decoded as far as they go. */
    public Scan<T> project(List<AttributePath> paths) {
        this.projection = List.copyOf(paths);
        return this;
    }

    /** The most items DynamoDB evaluates per request: the size of a {@link #page()} and the page size of streams. */
    public Scan<T> limit(int maxItems) {
        this.limit = ReadParts.checkLimit(schema.name(), maxItems);
        return this;
    }

    /** Strongly consistent reads; not allowed on a global secondary index. */
    public Scan<T> consistentRead() {
        return consistentRead(true);
    }

    /**
     * Whether to read strongly consistently, whatever the engine's default ({@code TableTheory.Builder.consistentReads});
     * {@code true} is not allowed on a global secondary index.
     */
    public Scan<T> consistentRead(boolean consistent) {
        this.consistentRead = consistent;
        return this;
    }

    /** Starts after the position of a cursor returned by this same scan; {@code null} or {@code ""} starts over. */
    public Scan<T> cursor(@Nullable String encodedCursor) {
        this.cursor = encodedCursor;
        return this;
    }

    /**
     * Reads only segment {@code segment} of {@code totalSegments} (a parallel scan); run each segment on its own
     * thread or worker. Cursors of a segment continue that segment.
     *
     * @throws InvalidOperatorException unless {@code 0 <= segment < totalSegments <= 1,000,000}
     */
    public Scan<T> segment(int segment, int totalSegments) {
        if (totalSegments < 1 || totalSegments > MAX_SEGMENTS || segment < 0 || segment >= totalSegments) {
            throw new InvalidOperatorException(schema.name(), "Model " + schema.name() + ": parallel scan segment "
                    + segment + " of " + totalSegments + " is not valid; totalSegments must be 1 to " + MAX_SEGMENTS
                    + " and segment 0 to totalSegments - 1");
        }
        this.segment = segment;
        this.totalSegments = totalSegments;
        return this;
    }

    /**
     * This scan split into {@code totalSegments} independent scans, one per segment, to run in parallel; together
     * they read every item exactly once.
     */
    public List<Scan<T>> segments(int totalSegments) {
        List<Scan<T>> out = new ArrayList<>(totalSegments);
        for (int i = 0; i < Math.max(totalSegments, 1); i++) {
            out.add(copy().segment(i, totalSegments));
        }
        return out;
    }

    /**
     * Reads one page: one request of at most {@link #limit} items (or 1 MB).
     *
     * @throws InvalidCursorException when the cursor is garbled or belongs to another read
     */
    public Page<T> page() {
        Prepared prepared = prepare();
        PageWalk.Fetched<T> fetched = fetch(prepared, prepared.startKey(), false, limit);
        return new Page<>(fetched.items(), cursorOf(prepared.target(), fetched.lastKey()));
    }

    /**
     * Every item from the cursor on, fetched page by page as the stream is consumed (constant memory). The stream
     * holds no open resource between pages, so abandoning it early is safe; closing it is not required.
     */
    public Stream<T> stream() {
        Prepared prepared = prepare();
        return PageWalk.items(start -> fetch(prepared, start, false, limit), prepared.startKey());
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
        return PageWalk.pageStream(start -> fetch(prepared, start, false, limit), prepared.startKey())
                .map(fetched -> new Page<>(fetched.items(), cursorOf(prepared.target(), fetched.lastKey())));
    }

    /** Every item from the cursor on, read into a list; prefer {@link #stream()} for large tables. */
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

    /** The number of matching items, counted by DynamoDB ({@code Select.COUNT}) over every page from the cursor on. */
    public long count() {
        Prepared prepared = prepare();
        long total = 0;
        Iterator<PageWalk.Fetched<T>> pages = PageWalk.pages(start -> fetch(prepared, start, true, limit),
                prepared.startKey());
        while (pages.hasNext()) {
            total += pages.next().count();
        }
        return total;
    }

    /** The request of the first page, as it would be sent; for diagnostics and tests. */
    public ScanRequest toRequest() {
        Prepared prepared = prepare();
        return request(prepared, prepared.startKey(), false, limit);
    }

    private record Prepared(KeyTarget target, @Nullable Map<String, AttributeValue> startKey, boolean consistent) {
    }

    private Prepared prepare() {
        KeyTarget target = IndexChoice.forScan(schema, index);
        boolean consistent = IndexRules.consistentRead(target.index(), consistentRead, context.consistentReads());
        IndexRules.checkConsistentRead(schema, target.index(), consistent);
        Map<String, AttributeValue> startKey = null;
        Cursor decoded = CursorCodec.decode(cursor);
        if (!decoded.isEnd()) {
            CursorRules.check(schema.name(), decoded.lastKey(), decoded.index(),
                    decoded.sort() == null ? null : decoded.sort().name(), target, null, null);
            startKey = decoded.lastKey();
        }
        return new Prepared(target, startKey, consistent);
    }

    private PageWalk.Fetched<T> fetch(Prepared prepared, @Nullable Map<String, AttributeValue> start, boolean count,
            @Nullable Integer pageSize) {
        ScanResponse response = context.calls().scan(request(prepared, start, count, pageSize));
        List<T> items = count ? List.of() : ReadParts.decode(context.codec(), response.items());
        Map<String, AttributeValue> lastKey = response.hasLastEvaluatedKey() ? response.lastEvaluatedKey() : Map.of();
        return new PageWalk.Fetched<>(items, lastKey, response.count() == null ? items.size() : response.count());
    }

    private ScanRequest request(Prepared prepared, @Nullable Map<String, AttributeValue> start, boolean count,
            @Nullable Integer pageSize) {
        Placeholders placeholders = new Placeholders();
        ScanRequest.Builder builder = ScanRequest.builder().tableName(context.tableName())
                .indexName(prepared.target().indexName())
                .returnConsumedCapacity(context.reportCapacity() ? ReturnConsumedCapacity.TOTAL
                        : ReturnConsumedCapacity.NONE);
        if (filter != null) {
            builder.filterExpression(new ConditionRenderer(placeholders, context.encoder()).render(filter));
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
        if (segment != null) {
            builder.segment(segment).totalSegments(totalSegments);
        }
        if (start != null) {
            builder.exclusiveStartKey(start);
        }
        if (placeholders.hasNames()) {
            builder.expressionAttributeNames(placeholders.names());
        }
        if (placeholders.hasValues()) {
            builder.expressionAttributeValues(placeholders.values());
        }
        return builder.build();
    }

    private String cursorOf(KeyTarget target, Map<String, AttributeValue> lastKey) {
        return lastKey.isEmpty() ? "" : CursorCodec.encode(new Cursor(lastKey, target.indexName(), null));
    }
}
