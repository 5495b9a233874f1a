package com.theorycloud.tabletheory.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The immutable, validated description of one model: its table, keys, attributes, indexes and write policy.
 * Built once per model (from annotations or DMS YAML) and shared by every operation.
 *
 * @param name         the model name (DMS {@code name}; the simple class name for annotated models)
 * @param tableName    the logical table name (before any prefix/suffix resolution)
 * @param naming       the naming convention used for attribute names
 * @param partitionKey the table partition key
 * @param sortKey      the table sort key, or {@code null}
 * @param attributes   every attribute, in declaration order
 * @param indexes      secondary indexes
 * @param writePolicy  release-state write policy
 * @param javaType     the annotated Java type, or {@code null} for a DMS-only model
 */
public record ModelSchema(String name, String tableName, NamingConvention naming, KeyAttribute partitionKey,
        @Nullable KeyAttribute sortKey, List<AttributeSchema> attributes, List<IndexSchema> indexes,
        WritePolicy writePolicy, @Nullable Class<?> javaType) {

    /** Copies the lists so the schema stays immutable. */
    public ModelSchema {
        attributes = List.copyOf(attributes);
        indexes = List.copyOf(indexes);
    }

    /** Attributes by DynamoDB attribute name, in declaration order. */
    public Map<String, AttributeSchema> attributesByName() {
        Map<String, AttributeSchema> byName = new LinkedHashMap<>();
        for (AttributeSchema attribute : attributes) {
            byName.put(attribute.name(), attribute);
        }
        return byName;
    }

    /** The attribute with the given DynamoDB name, if any. */
    public Optional<AttributeSchema> attribute(String attributeName) {
        for (AttributeSchema attribute : attributes) {
            if (attribute.name().equals(attributeName)) {
                return Optional.of(attribute);
            }
        }
        return Optional.empty();
    }

    /** The attribute carrying the given role, if any. */
    public Optional<AttributeSchema> attributeWithRole(AttributeRole role) {
        for (AttributeSchema attribute : attributes) {
            if (attribute.hasRole(role)) {
                return Optional.of(attribute);
            }
        }
        return Optional.empty();
    }

    /** The index with the given name, if any. */
    public Optional<IndexSchema> index(String indexName) {
        for (IndexSchema index : indexes) {
            if (index.name().equals(indexName)) {
                return Optional.of(index);
            }
        }
        return Optional.empty();
    }
}
