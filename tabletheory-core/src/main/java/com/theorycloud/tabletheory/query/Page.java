package com.theorycloud.tabletheory.query;

import java.util.List;
import java.util.Optional;

/**
 * One page of a query or scan: the items DynamoDB returned for one request and the opaque cursor of the next page.
 * A page may hold fewer items than the limit (or none) and still have a next page when a filter dropped items.
 *
 * @param items  the decoded items, in the order DynamoDB returned them
 * @param cursor the {@link CursorCodec} string of the next page, {@code ""} when there is none
 * @param <T>    the item type
 */
public record Page<T>(List<T> items, String cursor) {

    /** Copies the items. */
    public Page {
        items = List.copyOf(items);
    }

    /** Whether another page may follow; pass {@link #cursor()} to the same query to read it. */
    public boolean hasNext() {
        return !cursor.isEmpty();
    }

    /** The next page's cursor, empty on the last page. */
    public Optional<String> nextCursor() {
        return cursor.isEmpty() ? Optional.empty() : Optional.of(cursor);
    }
}
