package com.theorycloud.tabletheory.query;

import com.theorycloud.tabletheory.error.InvalidCursorException;
import com.theorycloud.tabletheory.error.InvalidOperatorException;
import com.theorycloud.tabletheory.expression.AttributePath;
import com.theorycloud.tabletheory.expression.Condition;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

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
 * <p>Applications use the query their table hands out and do not implement this interface; the engine's
 * implementation may change in any release.
 *
 * @param <T> the item type
 */
public interface Query<T> {

    /** The partition to read: {@code attribute = value} on the partition key of the table or an index (required). */
    Query<T> partition(String attribute, Object value);

    /** A condition on the sort key of the table or index; replaces any set before. */
    Query<T> sort(SortKey condition);

    /** Queries this index (GSI or LSI) instead of letting the key attributes choose. */
    Query<T> index(String indexName);

    /**
     * Keeps only items meeting the condition; DynamoDB applies it after reading, so dropped items still count
     * against the limit and the read capacity. Several filters are ANDed. Key attributes of the queried table or
     * index belong in {@link #partition} and {@link #sort}, not in a filter.
     */
    Query<T> filter(Condition condition);

    /** Returns only these top-level attributes; items are decoded as far as they go. */
    Query<T> project(String... attributes);

    /** Returns only these paths; items are decoded as far as they go. */
    Query<T> project(List<AttributePath> paths);

    /** Reads in ascending sort key order (the default). */
    Query<T> ascending();

    /** Reads in descending sort key order. */
    Query<T> descending();

    /** Reads in the given sort key order. */
    Query<T> direction(SortDirection sortDirection);

    /**
     * The most items DynamoDB evaluates per request: the size of a {@link #page()}, and the page size of
     * {@link #stream()}, {@link #first()} and {@link #count()}, which read on until the end.
     */
    Query<T> limit(int maxItems);

    /** Strongly consistent reads; not allowed on a global secondary index. */
    Query<T> consistentRead();

    /**
     * Whether to read strongly consistently, whatever the engine's default ({@code TableTheory.Builder.consistentReads});
     * {@code true} is not allowed on a global secondary index.
     */
    Query<T> consistentRead(boolean consistent);

    /** Starts after the position of a cursor returned by this same query; {@code null} or {@code ""} starts over. */
    Query<T> cursor(@Nullable String encodedCursor);

    /**
     * Reads one page: one request of at most {@link #limit} items (or 1 MB).
     *
     * @throws InvalidCursorException   when the cursor is garbled or belongs to another read
     * @throws InvalidOperatorException for a missing partition, keys that fit no index, or a consistent GSI read
     */
    Page<T> page();

    /**
     * Every item from the cursor on, fetched page by page as the stream is consumed (constant memory). The stream
     * holds no open resource between pages, so abandoning it early is safe; closing it is not required.
     */
    Stream<T> stream();

    /**
     * Every item from the cursor on as an {@code Iterable} for for-each loops; each iteration starts a new lazy walk
     * over the pages (see {@link #stream()}), reading the current settings of this builder.
     */
    Iterable<T> iterable();

    /** Every page from the cursor on, fetched lazily; each page carries the cursor of the next. */
    Stream<Page<T>> pages();

    /** Every item from the cursor on, read into a list; prefer {@link #stream()} for large results. */
    List<T> list();

    /** The first matching item, reading on past pages a filter emptied; empty when none matches. */
    Optional<T> first();

    /**
     * The number of matching items, counted by DynamoDB ({@code Select.COUNT}, no items transferred) over every page
     * from the cursor on. The projection is ignored.
     */
    long count();

    /** The request of the first page, as it would be sent; for diagnostics and tests. */
    QueryRequest toRequest();
}
