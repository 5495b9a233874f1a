package com.theorycloud.tabletheory.spring.data.repository.query;

/** What a query method does with the items it selects. */
enum QueryKind {
    /** Returns them. */
    FIND,
    /** Counts them. */
    COUNT,
    /** Tells whether there is one. */
    EXISTS,
    /** Deletes them one by one. */
    DELETE
}
