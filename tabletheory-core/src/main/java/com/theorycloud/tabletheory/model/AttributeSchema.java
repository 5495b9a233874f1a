package com.theorycloud.tabletheory.model;

import java.util.Set;

/**
 * One attribute of a model as stored in DynamoDB.
 *
 * @param name      the DynamoDB attribute name
 * @param property  the Java property (record component or field) it maps to; equals {@code name} for DMS-only models
 * @param type      the DynamoDB type it is stored as
 * @param format    how the logical value is formatted into that type
 * @param roles     key and lifecycle roles ({@code pk}, {@code sk}, {@code version}, ...)
 * @param required  whether a value must be present on write
 * @param omitEmpty whether empty values ({@code ""}, {@code 0}, empty collections) are left out of the stored item
 * @param json      whether the value is a JSON document stored as a native {@code M}
 * @param encrypted whether the value is stored as an encryption envelope
 */
public record AttributeSchema(String name, String property, DynamoType type, AttributeFormat format,
        Set<AttributeRole> roles, boolean required, boolean omitEmpty, boolean json, boolean encrypted) {

    /** Copies the role set so the schema stays immutable. */
    public AttributeSchema {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(roles);
    }

    /** Whether this attribute has the given role. */
    public boolean hasRole(AttributeRole role) {
        return roles.contains(role);
    }

    /** Whether this attribute is maintained by the engine (created/updated timestamps, version). */
    public boolean isLifecycle() {
        return hasRole(AttributeRole.CREATED_AT) || hasRole(AttributeRole.UPDATED_AT) || hasRole(AttributeRole.VERSION);
    }
}
