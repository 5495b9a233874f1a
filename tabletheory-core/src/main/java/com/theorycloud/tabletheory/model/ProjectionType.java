package com.theorycloud.tabletheory.model;

/**
 * Which attributes a secondary index projects.
 */
public enum ProjectionType {
    /** Every attribute. */
    ALL,
    /** Only table and index keys. */
    KEYS_ONLY,
    /** Keys plus the listed non-key attributes. */
    INCLUDE
}
