package com.theorycloud.tabletheory.operation;

/**
 * The kinds of engine operations reported to an {@link OperationListener}.
 */
public enum Operation {
    /** Create-if-not-exists of one item. */
    CREATE,
    /** Unconditional (or caller-conditioned) overwrite of one item. */
    PUT,
    /** Read of one item by key. */
    GET,
    /** Full or partial update of one item. */
    UPDATE,
    /** Delete of one item. */
    DELETE,
    /** Query of a table or index. */
    QUERY,
    /** Scan of a table or index. */
    SCAN,
    /** Batch read. */
    BATCH_GET,
    /** Batch write. */
    BATCH_WRITE,
    /** Transactional read. */
    TRANSACT_GET,
    /** Transactional write. */
    TRANSACT_WRITE
}
