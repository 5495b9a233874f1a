package com.theorycloud.tabletheory.model;

/**
 * The DynamoDB attribute type letters a model attribute is stored as (DMS {@code type}).
 */
public enum DynamoType {
    /** String. */
    S,
    /** Number (sent as a decimal string, up to 38 significant digits). */
    N,
    /** Binary. */
    B,
    /** Boolean. */
    BOOL,
    /** Explicit null. */
    NULL,
    /** List of arbitrary values. */
    L,
    /** Map of arbitrary values. */
    M,
    /** String set. */
    SS,
    /** Number set. */
    NS,
    /** Binary set. */
    BS;

    /** Whether this type is one of the three set types. */
    public boolean isSet() {
        return this == SS || this == NS || this == BS;
    }

    /** Whether a value of this type can be a table or index key attribute. */
    public boolean isKeyType() {
        return this == S || this == N || this == B;
    }
}
