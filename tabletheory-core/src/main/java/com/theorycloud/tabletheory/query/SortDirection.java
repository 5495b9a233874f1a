package com.theorycloud.tabletheory.query;

/**
 * The order in which a query walks its sort key; part of a {@link Cursor} so a page is only resumed in the same order.
 */
public enum SortDirection {
    /** Ascending sort-key order (DynamoDB's default). */
    ASC,
    /** Descending sort-key order. */
    DESC
}
