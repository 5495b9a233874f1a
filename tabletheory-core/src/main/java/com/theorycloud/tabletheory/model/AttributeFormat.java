package com.theorycloud.tabletheory.model;

/**
 * How a logical value is written into its DynamoDB type (DMS {@code format}).
 */
public enum AttributeFormat {
    /** No special format: the value's natural encoding for its type. */
    NONE("none"),
    /** RFC 3339 timestamp with nanoseconds, stored as {@code S} (lifecycle timestamps). */
    RFC3339NANO("rfc3339nano"),
    /** Integer stored as {@code N} (versions). */
    INT("int"),
    /** Epoch seconds stored as {@code N} (TTL). */
    UNIX_SECONDS("unix_seconds"),
    /** Exact decimal stored as {@code N} without any floating-point rounding. */
    DECIMAL_STRING("decimal_string");

    private final String dmsName;

    AttributeFormat(String dmsName) {
        this.dmsName = dmsName;
    }

    /** The spelling used in DMS YAML. */
    public String dmsName() {
        return dmsName;
    }

    /**
     * Parses a DMS format name.
     *
     * @throws IllegalArgumentException when the name is not a known format
     */
    public static AttributeFormat fromDmsName(String name) {
        for (AttributeFormat format : values()) {
            if (format.dmsName.equals(name)) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown attribute format '" + name + "'");
    }
}
