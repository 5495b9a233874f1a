package com.theorycloud.tabletheory.query.internal;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Walks the pages of one read lazily: a page is fetched only when the previous one is used up, so any number of items
 * is streamed with one page in memory. Each fetch is a complete, synchronous request, so nothing stays open between
 * pages and an abandoned stream holds no resource.
 */
final class PageWalk {

    /**
     * One fetched page.
     *
     * @param items   the decoded items
     * @param lastKey DynamoDB's last evaluated key, empty on the last page
     * @param count   the number of matching items DynamoDB reported
     * @param <T>     the item type
     */
    record Fetched<T>(List<T> items, Map<String, AttributeValue> lastKey, int count) {
    }

    private PageWalk() {
    }

    /** The pages from {@code startKey} (null for the first page) until DynamoDB reports no further key. */
    static <T> Iterator<Fetched<T>> pages(Function<@Nullable Map<String, AttributeValue>, Fetched<T>> fetch,
            @Nullable Map<String, AttributeValue> startKey) {
        return new Iterator<>() {
            private @Nullable Map<String, AttributeValue> next = startKey;
            private boolean done;

            @Override
            public boolean hasNext() {
                return !done;
            }

            @Override
            public Fetched<T> next() {
                if (done) {
                    throw new NoSuchElementException("no further page");
                }
                Fetched<T> page = fetch.apply(next);
                next = page.lastKey();
                done = page.lastKey().isEmpty();
                return page;
            }
        };
    }

    /** The items of all pages from {@code startKey}, fetched lazily. */
    static <T> Stream<T> items(Function<@Nullable Map<String, AttributeValue>, Fetched<T>> fetch,
            @Nullable Map<String, AttributeValue> startKey) {
        Iterator<Fetched<T>> pages = pages(fetch, startKey);
        Iterator<T> items = new Iterator<>() {
            private Iterator<T> current = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                // Pages emptied by a filter are skipped without holding more than one page.
                while (!current.hasNext() && pages.hasNext()) {
                    current = pages.next().items().iterator();
                }
                return current.hasNext();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException("no further item");
                }
                return current.next();
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(items,
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /** The pages from {@code startKey} as a lazy stream. */
    static <T> Stream<Fetched<T>> pageStream(Function<@Nullable Map<String, AttributeValue>, Fetched<T>> fetch,
            @Nullable Map<String, AttributeValue> startKey) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(pages(fetch, startKey),
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }
}
