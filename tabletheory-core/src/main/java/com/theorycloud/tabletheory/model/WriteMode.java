package com.theorycloud.tabletheory.model;

/**
 * Release-state write policy mode (DMS {@code write_policy.mode}).
 */
public enum WriteMode {
    /** Items may be updated, saved over and deleted (subject to protected attributes). */
    MUTABLE("mutable"),
    /** Items are written once and never updated, saved over or deleted. */
    WRITE_ONCE("write_once");

    private final String dmsName;

    WriteMode(String dmsName) {
        this.dmsName = dmsName;
    }

    /** The spelling used in DMS YAML. */
    public String dmsName() {
        return dmsName;
    }

    /**
     * Parses a DMS write-policy mode.
     *
     * @throws IllegalArgumentException when the name is not a known mode
     */
    public static WriteMode fromDmsName(String name) {
        for (WriteMode mode : values()) {
            if (mode.dmsName.equals(name)) {
                return mode;
            }
        }
        throw new IllegalArgumentException("unknown write policy mode '" + name + "'");
    }
}
