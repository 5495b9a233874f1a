package com.theorycloud.tabletheory.model;

/**
 * The lifecycle or key role an attribute plays in its model (DMS {@code roles}).
 */
public enum AttributeRole {
    /** Table partition key. */
    PK("pk"),
    /** Table sort key. */
    SK("sk"),
    /** Set once when the item is created (RFC 3339 nano string). */
    CREATED_AT("created_at"),
    /** Refreshed on every write (RFC 3339 nano string). */
    UPDATED_AT("updated_at"),
    /** Optimistic-locking counter: 0 on create, +1 on every update. */
    VERSION("version"),
    /** Expiry time in epoch seconds. */
    TTL("ttl");

    private final String dmsName;

    AttributeRole(String dmsName) {
        this.dmsName = dmsName;
    }

    /** The spelling used in DMS YAML. */
    public String dmsName() {
        return dmsName;
    }

    /**
     * Parses a DMS role name.
     *
     * @throws IllegalArgumentException when the name is not a known role
     */
    public static AttributeRole fromDmsName(String name) {
        for (AttributeRole role : values()) {
            if (role.dmsName.equals(name)) {
                return role;
            }
        }
        throw new IllegalArgumentException("unknown attribute role '" + name + "'");
    }
}
