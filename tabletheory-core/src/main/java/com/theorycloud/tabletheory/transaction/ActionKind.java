package com.theorycloud.tabletheory.transaction;

/**
 * The kind of one action of a transaction, as reported in a {@link CancellationReason}.
 */
public enum ActionKind {
    /** A put that requires the item not to exist. */
    CREATE,
    /** A put that overwrites any item with the key. */
    PUT,
    /** A full or partial update of an existing item. */
    UPDATE,
    /** A delete. */
    DELETE,
    /** A condition on an item that is not written. */
    CONDITION_CHECK,
    /** A read of a transactional get. */
    GET;

    /** The lower-case verb used in messages, e.g. {@code condition check}. */
    public String verb() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
