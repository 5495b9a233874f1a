package com.theorycloud.tabletheory.query;

import com.theorycloud.tabletheory.error.InvalidCursorException;
import com.theorycloud.tabletheory.error.InvalidOperatorException;
import com.theorycloud.tabletheory.expression.AttributePath;
import com.theorycloud.tabletheory.expression.Condition;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

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
 * <p>Applications use the scan their table hands out and do not implement this interface; the engine's
 * implementation may change in any release.
 *
 * @param <T> the item type
 */
public interface Scan<T> {

    /** Scans this index (GSI or LSI) instead of the table. */
    Scan<T> index(String indexName);

    /** Keeps only items meeting the condition (applied after reading); several filters are ANDed. */
    Scan<T> filter(Condition condition);

    /** Returns only these top-level attributes; items are decoded as far as they go. */
    Scan<T> project(String... attributes);

    /** Returns only these paths; items are decoded as far as they go. */
    Scan<T> project(List<AttributePath> paths);

    /** The most items DynamoDB evaluates per request: the size of a {@link #page()} and the page size of streams. */
    Scan<T> limit(int maxItems);

    /** Strongly consistent reads; not allowed on a global secondary index. */
    Scan<T> consistentRead();

    /**
     * Whether to read strongly consistently, whatever the engine's default ({@code TableTheory.Builder.consistentReads});
     * {@code true} is not allowed on a global secondary index.
     */
    Scan<T> consistentRead(boolean consistent);

    /** Starts after the position of a cursor returned by this same scan; {@code null} or {@code ""} starts over. */
    Scan<T> cursor(@Nullable String encodedCursor);

    /**
     * Reads only segment {@code segment} of {@code totalSegments} (a parallel scan); run each segment on its own
     * thread or worker. Cursors of a segment continue that segment.
     *
     * @throws InvalidOperatorException unless {@code 0 <= segment < totalSegments <= 1,000,000}
     */
    Scan<T> segment(int segment, int totalSegments);

    /**
     * This scan split into {@code totalSegments} independent scans, one per segment, to run in parallel; together
     * they read every item exactly once.
     */
    List<Scan<T>> segments(int totalSegments);

    /**
     * Reads one page: one request of at most {@link #limit} items (or 1 MB).
     *
     * @throws InvalidCursorException when the cursor is garbled or belongs to another read
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

    /** Every item from the cursor on, read into a list; prefer {@link #stream()} for large tables. */
    List<T> list();

    /** The first matching item, reading on past pages a filter emptied; empty when none matches. */
    Optional<T> first();

    /** The number of matching items, counted by DynamoDB ({@code Select.COUNT}) over every page from the cursor on. */
    long count();

    /** The request of the first page, as it would be sent; for diagnostics and tests. */
    ScanRequest toRequest();
}
