package com.theorycloud.tabletheory.query.internal;

import com.theorycloud.tabletheory.expression.AttributePath;
import com.theorycloud.tabletheory.expression.Condition;
import com.theorycloud.tabletheory.model.ModelSchema;
import com.theorycloud.tabletheory.query.Page;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What a {@link TableQuery} and a {@link TableScan} are built from alike: the index, filter, projection, limit,
 * consistent-read choice and cursor, each set by the same fluent call of {@code Query} and {@code Scan}, and the
 * terminal operations, which walk the pages the subclass fetches.
 *
 * @param <T>    the item type
 * @param <SELF> the public builder type the fluent calls return
 * @param <P>    what the subclass resolves once per terminal operation (target, start key, ...)
 */
abstract class TableRead<T, SELF, P extends TableRead.Prepared> {

    /** What a terminal operation resolves before its first request. */
    interface Prepared {

        /** The table or index read. */
        KeyTarget target();

        /** Where the cursor says to continue, or null to start at the beginning. */
        @Nullable Map<String, AttributeValue> startKey();
    }

    final ReadContext<T> context;
    final ModelSchema schema;
    @Nullable String index;
    @Nullable Condition filter;
    List<AttributePath> projection = List.of();
    @Nullable Integer limit;
    @Nullable Boolean consistentRead;
    @Nullable String cursor;

    TableRead(ReadContext<T> context) {
        this.context = context;
        this.schema = context.codec().schema();
    }

    /** This builder as its public type. */
    abstract SELF self();

    /** Validates the settings and resolves the target and start key, before any request. */
    abstract P prepare();

    /** Fetches one page from {@code start} ({@code count}: only the number of items) of at most {@code pageSize}. */
    abstract PageWalk.Fetched<T> fetch(P prepared, @Nullable Map<String, AttributeValue> start, boolean count,
            @Nullable Integer pageSize);

    /** The cursor after {@code lastKey}, or "" at the end. */
    abstract String cursorOf(KeyTarget target, Map<String, AttributeValue> lastKey);

    /** Copies the shared settings onto another builder of the same table (parallel scan segments). */
    void copyTo(TableRead<T, ?, ?> other) {
        other.index = index;
        other.filter = filter;
        other.projection = projection;
        other.limit = limit;
        other.consistentRead = consistentRead;
        other.cursor = cursor;
    }

    /** Reads the named index instead of the table. */
    public SELF index(String indexName) {
        this.index = indexName;
        return self();
    }

    /** Adds a filter, combined with AND with earlier ones. */
    public SELF filter(Condition condition) {
        this.filter = ReadParts.and(filter, condition);
        return self();
    }

    /** Reads only the named attributes. */
    public SELF project(String... attributes) {
        this.projection = ReadParts.paths(attributes);
        return self();
    }

    /** Reads only the given attribute paths. */
    public SELF project(List<AttributePath> paths) {
        this.projection = List.copyOf(paths);
        return self();
    }

    /** Returns at most this many items. */
    public SELF limit(int maxItems) {
        this.limit = ReadParts.checkLimit(schema.name(), maxItems);
        return self();
    }

    /** Reads with strong consistency. */
    public SELF consistentRead() {
        return consistentRead(true);
    }

    /** Reads with or without strong consistency, overriding the engine's default. */
    public SELF consistentRead(boolean consistent) {
        this.consistentRead = consistent;
        return self();
    }

    /** Continues after the position of a cursor from an earlier page, or starts over with {@code null}. */
    public SELF cursor(@Nullable String encodedCursor) {
        this.cursor = encodedCursor;
        return self();
    }

    /** One page and the cursor after it. */
    public Page<T> page() {
        P prepared = prepare();
        PageWalk.Fetched<T> fetched = fetch(prepared, prepared.startKey(), false, limit);
        return new Page<>(fetched.items(), cursorOf(prepared.target(), fetched.lastKey()));
    }

    /** Every item, fetched page by page as the stream is consumed. */
    public Stream<T> stream() {
        P prepared = prepare();
        return PageWalk.items(start -> fetch(prepared, start, false, limit), prepared.startKey());
    }

    /** Every item, fetched page by page as it is iterated. */
    public Iterable<T> iterable() {
        return () -> stream().iterator();
    }

    /** Every page with its cursor, fetched as the stream is consumed. */
    public Stream<Page<T>> pages() {
        P prepared = prepare();
        return PageWalk.pageStream(start -> fetch(prepared, start, false, limit), prepared.startKey())
                .map(fetched -> new Page<>(fetched.items(), cursorOf(prepared.target(), fetched.lastKey())));
    }

    /** Every item, in one list. */
    public List<T> list() {
        try (Stream<T> items = stream()) {
            return items.toList();
        }
    }

    /** The first item, reading one item per page unless a filter or limit needs more. */
    public Optional<T> first() {
        P prepared = prepare();
        Integer pageSize = limit != null ? limit : filter == null ? Integer.valueOf(1) : null;
        Iterator<T> items = PageWalk.items((Map<String, AttributeValue> start) -> fetch(prepared, start, false,
                pageSize), prepared.startKey()).iterator();
        return items.hasNext() ? Optional.of(items.next()) : Optional.empty();
    }

    /** The number of matching items, counted by DynamoDB page by page. */
    public long count() {
        P prepared = prepare();
        long total = 0;
        Iterator<PageWalk.Fetched<T>> pages = PageWalk.pages(start -> fetch(prepared, start, true, limit),
                prepared.startKey());
        while (pages.hasNext()) {
            total += pages.next().count();
        }
        return total;
    }
}
