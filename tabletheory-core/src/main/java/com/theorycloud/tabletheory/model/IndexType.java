package com.theorycloud.tabletheory.model;

/**
 * Kind of secondary index.
 */
public enum IndexType {
    /** Global secondary index: own partition key, eventually consistent only. */
    GSI,
    /** Local secondary index: the table's partition key with another sort key. */
    LSI
}
