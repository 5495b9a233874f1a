package com.theorycloud.tabletheory.spring.data.core.query;

import java.util.List;

/**
 * One page of a read: the items and the cursor to continue after them, plus the cursor after each single item so a
 * caller can resume in the middle of a page (for keyset scrolling).
 *
 * @param items       the items, in read order
 * @param itemCursors the cursor after each item, parallel to {@code items}
 * @param cursor      the cursor to continue after this page; empty when there are no further items
 * @param <T>         the item type
 */
public record ResultPage<T>(List<T> items, List<String> itemCursors, String cursor) {

    /** Copies the lists. */
    public ResultPage {
        items = List.copyOf(items);
        itemCursors = List.copyOf(itemCursors);
    }

    /** Whether more items may follow. */
    public boolean hasNext() {
        return !cursor.isEmpty();
    }
}
