package com.theorycloud.tabletheory.expression;

/**
 * Which item an {@link Update} hands back, as DynamoDB's {@code ReturnValues}: nothing, the item before or after the
 * update, or only the attributes the update touched.
 */
public enum ReturnValues {
    /** Nothing; the update returns an empty result. */
    NONE,
    /** The whole item as it was before the update. */
    ALL_OLD,
    /** Only the updated attributes, as they were before the update. */
    UPDATED_OLD,
    /** The whole item as stored after the update (the default). */
    ALL_NEW,
    /** Only the updated attributes, as stored after the update. */
    UPDATED_NEW
}
