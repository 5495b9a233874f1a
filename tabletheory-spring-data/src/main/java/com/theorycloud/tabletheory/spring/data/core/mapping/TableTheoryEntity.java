package com.theorycloud.tabletheory.spring.data.core.mapping;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.theorycloud.tabletheory.Key;
import com.theorycloud.tabletheory.mapping.ItemCodec;
import com.theorycloud.tabletheory.model.AttributeRole;
import com.theorycloud.tabletheory.model.AttributeSchema;
import com.theorycloud.tabletheory.model.IndexSchema;
import com.theorycloud.tabletheory.model.KeyAttribute;
import com.theorycloud.tabletheory.model.ModelSchema;
import com.theorycloud.tabletheory.model.ProjectionType;

import org.jspecify.annotations.Nullable;

/**
 * What repositories know about one entity type: its engine codec and schema, which Java property maps to which
 * stored attribute, its key and version properties, and its access paths (the table and each secondary index).
 * Built once per type by {@link TableTheoryMappingContext}.
 *
 * @param <T> the entity type
 */
public final class TableTheoryEntity<T> {

    private final Class<T> type;
    private final ItemCodec<T> codec;
    private final ModelSchema schema;
    private final Map<String, AttributeSchema> byProperty;
    private final PropertyReader partitionKey;
    private final @Nullable PropertyReader sortKey;
    private final @Nullable PropertyReader version;
    private final List<AccessPath> accessPaths;
    private final Map<String, PropertyReader> readers = new java.util.concurrent.ConcurrentHashMap<>();

    TableTheoryEntity(Class<T> type, ItemCodec<T> codec) {
        this.type = type;
        this.codec = codec;
        this.schema = codec.schema();
        Map<String, AttributeSchema> properties = new LinkedHashMap<>();
        for (AttributeSchema attribute : schema.attributes()) {
            properties.put(attribute.property(), attribute);
        }
        this.byProperty = Collections.unmodifiableMap(properties);
        this.partitionKey = PropertyReader.of(type, propertyOf(schema.partitionKey().name()));
        this.sortKey = schema.sortKey() == null ? null
                : PropertyReader.of(type, propertyOf(schema.sortKey().name()));
        this.version = schema.attributeWithRole(AttributeRole.VERSION)
                .map(a -> PropertyReader.of(type, a.property())).orElse(null);
        List<AccessPath> paths = new ArrayList<>();
        paths.add(new AccessPath(null, schema.partitionKey().name(),
                schema.sortKey() == null ? null : schema.sortKey().name(), ProjectionType.ALL, List.of()));
        for (IndexSchema index : schema.indexes()) {
            KeyAttribute sort = index.sortKey();
            paths.add(new AccessPath(index.name(), index.partitionKey().name(), sort == null ? null : sort.name(),
                    index.projection(), index.includedAttributes()));
        }
        this.accessPaths = List.copyOf(paths);
    }

    /** The entity's Java type. */
    public Class<T> type() {
        return type;
    }

    /** The engine codec of the entity. */
    public ItemCodec<T> codec() {
        return codec;
    }

    /** The engine model schema of the entity. */
    public ModelSchema schema() {
        return schema;
    }

    /** The model name, for messages. */
    public String name() {
        return schema.name();
    }

    /** The attribute a Java property is stored as, if the property is mapped. */
    public Optional<AttributeSchema> attributeOfProperty(String property) {
        return Optional.ofNullable(byProperty.get(property));
    }

    /** The Java property names of all mapped attributes, in declaration order. */
    public List<String> properties() {
        return List.copyOf(byProperty.keySet());
    }

    /** The Java property stored as the given attribute (the attribute name itself when unknown). */
    public String propertyOf(String attributeName) {
        return schema.attribute(attributeName).map(AttributeSchema::property).orElse(attributeName);
    }

    /** The table, then each secondary index, as places a query can read from. */
    public List<AccessPath> accessPaths() {
        return accessPaths;
    }

    /** The access path of the table or the named index. */
    public Optional<AccessPath> accessPath(@Nullable String index) {
        for (AccessPath path : accessPaths) {
            if (index == null ? path.index() == null : index.equals(path.index())) {
                return Optional.of(path);
            }
        }
        return Optional.empty();
    }

    /** Whether the model has a sort key. */
    public boolean hasSortKey() {
        return sortKey != null;
    }

    /** The Java property of the table partition key. */
    public String partitionKeyProperty() {
        return propertyOf(schema.partitionKey().name());
    }

    /** The Java property of the table sort key, or {@code null}. */
    public @Nullable String sortKeyProperty() {
        return schema.sortKey() == null ? null : propertyOf(schema.sortKey().name());
    }

    /** The primary key of an entity as logical values. */
    public Key keyOf(T entity) {
        Object partition = partitionKey.read(entity);
        if (partition == null) {
            throw new IllegalArgumentException("Model " + name() + ": the partition key property '"
                    + partitionKeyProperty() + "' is null; set it before saving or deleting");
        }
        if (sortKey == null) {
            return Key.of(partition);
        }
        Object sort = sortKey.read(entity);
        if (sort == null) {
            throw new IllegalArgumentException("Model " + name() + ": the sort key property '" + sortKeyProperty()
                    + "' is null; set it before saving or deleting");
        }
        return Key.of(partition, sort);
    }

    /** Whether the model has a version attribute. */
    public boolean isVersioned() {
        return version != null;
    }

    /** Whether the engine stamps {@code created_at} or {@code updated_at} on writes. */
    public boolean hasLifecycleTimestamps() {
        return schema.attributeWithRole(AttributeRole.CREATED_AT).isPresent()
                || schema.attributeWithRole(AttributeRole.UPDATED_AT).isPresent();
    }

    /** The entity's version, or {@code null} when unversioned or unset. */
    public @Nullable Number versionOf(T entity) {
        return version == null ? null : (Number) version.read(entity);
    }

    /**
     * The value of a mapped property of an entity, e.g. to build a DTO projection.
     *
     * @throws IllegalStateException when the type has no such property
     */
    public @Nullable Object readProperty(T entity, String property) {
        return readers.computeIfAbsent(property, p -> PropertyReader.of(type, p)).read(entity);
    }

    @Override
    public String toString() {
        return "TableTheoryEntity[" + name() + "]";
    }
}
