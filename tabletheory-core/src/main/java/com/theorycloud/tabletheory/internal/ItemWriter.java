package com.theorycloud.tabletheory.internal;

import com.theorycloud.tabletheory.error.InvalidModelException;
import com.theorycloud.tabletheory.model.AttributeRole;
import com.theorycloud.tabletheory.model.AttributeSchema;
import com.theorycloud.tabletheory.model.ModelSchema;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Applies a model's lifecycle and omit-empty rules to encoded items, the same way for every codec. Built once per
 * model; thread-safe.
 *
 * <ul>
 * <li><b>create / put</b>: {@code created_at} and {@code updated_at} are set to the same current instant (a put
 * overwrites, so it resets {@code created_at} too, as upstream does); the version keeps a non-zero value the caller
 * set and is 0 otherwise; omit-empty attributes that are blank are left out; empty sets of other attributes are stored
 * as NULL.</li>
 * <li><b>update with a field list</b>: only the listed attributes are written. A listed attribute without a value, or
 * an omit-empty one whose value is empty ({@code ""}, 0, false, empty collection), is REMOVEd; a listed map keeps
 * inner empty values as given.</li>
 * <li><b>full update (no field list)</b>: every non-key, non-lifecycle attribute the object carries is set; null
 * properties and blank omit-empty values are skipped, never removed, so a full update cannot silently clear data
 * (Go's sparse inference; contract p0/17).</li>
 * <li>Every update refreshes {@code updated_at}, never touches {@code created_at}, checks the expected version and
 * increments it. Key and lifecycle attributes cannot be listed.</li>
 * </ul>
 */
public final class ItemWriter {

    private final ModelSchema schema;
    private final Map<String, AttributeSchema> byName;
    private final Map<String, AttributeSchema> byProperty;
    private final @Nullable AttributeSchema createdAt;
    private final @Nullable AttributeSchema updatedAt;
    private final @Nullable AttributeSchema version;
    private final AttributeSchema[] attributes;
    private final int putCapacity;

    /** Prepares the rules of one model. */
    public ItemWriter(ModelSchema schema) {
        this.schema = schema;
        this.attributes = schema.attributes().toArray(new AttributeSchema[0]);
        // Sized so that an item with every attribute never rehashes (the default 16 slots resize at 12 entries).
        this.putCapacity = (int) (attributes.length / 0.75f) + 1;
        this.byName = schema.attributesByName();
        this.byProperty = new HashMap<>();
        for (AttributeSchema attribute : schema.attributes()) {
            byProperty.putIfAbsent(attribute.property(), attribute);
        }
        this.createdAt = schema.attributeWithRole(AttributeRole.CREATED_AT).orElse(null);
        this.updatedAt = schema.attributeWithRole(AttributeRole.UPDATED_AT).orElse(null);
        this.version = schema.attributeWithRole(AttributeRole.VERSION).orElse(null);
    }

    /** The model the rules belong to. */
    public ModelSchema schema() {
        return schema;
    }

    /** The version attribute, if the model has one. */
    public @Nullable AttributeSchema versionAttribute() {
        return version;
    }

    /**
     * The item a create or put stores.
     *
     * @param encoded the codec's output
     * @param now     the lifecycle timestamp of this write
     * @throws InvalidModelException when the item carries attributes the model does not declare
     * @throws com.theorycloud.tabletheory.error.MissingPrimaryKeyException when a key part is missing or empty
     * @throws com.theorycloud.tabletheory.error.ItemTooLargeException when the item exceeds 400 KB
     */
    public Map<String, AttributeValue> itemForPut(Map<String, AttributeValue> encoded, String now) {
        Map<String, AttributeValue> out = new LinkedHashMap<>(putCapacity);
        AttributeValue timestamp = null;
        int known = 0;
        for (AttributeSchema attribute : attributes) {
            String name = attribute.name();
            AttributeValue value = encoded.get(name);
            if (value != null) {
                known++;
            }
            if (attribute == createdAt || attribute == updatedAt) {
                if (timestamp == null) {
                    timestamp = AttributeValue.fromS(now);
                }
                out.put(name, timestamp);
            } else if (attribute == version) {
                out.put(name, value == null || EmptyValues.isEmpty(value) ? AttributeValue.fromN("0") : value);
            } else if (value != null && !(attribute.omitEmpty() && EmptyValues.isBlank(value))) {
                out.put(name, storable(value));
            }
        }
        if (known != encoded.size()) {
            // Every declared attribute was looked up once; entries left over are attributes the model lacks.
            rejectUnknown(encoded);
        }
        Map<String, AttributeValue> key = ItemKeys.fromItem(schema, out);
        ItemSize.check(schema.name(), key, out);
        return out;
    }

    /**
     * What an update writes.
     *
     * @param encoded the codec's output for the item, including its current version
     * @param fields  the attributes to write (attribute or property names), or {@code null} for a full update
     * @param now     the lifecycle timestamp of this write
     * @throws InvalidModelException for unknown, key or lifecycle fields, or a missing version
     */
    public UpdatePlan planUpdate(Map<String, AttributeValue> encoded, @Nullable Collection<String> fields, String now) {
        rejectUnknown(encoded);
        Map<String, AttributeValue> key = ItemKeys.fromItem(schema, encoded);
        Map<String, AttributeValue> set = new LinkedHashMap<>();
        List<String> remove = new ArrayList<>();
        if (fields == null) {
            for (AttributeSchema attribute : schema.attributes()) {
                AttributeValue value = encoded.get(attribute.name());
                if (isKey(attribute) || attribute.isLifecycle() || value == null
                        || (attribute.omitEmpty() && EmptyValues.isBlank(value))) {
                    continue;
                }
                set.put(attribute.name(), storable(value));
            }
        } else {
            for (AttributeSchema attribute : resolve(fields)) {
                AttributeValue value = encoded.get(attribute.name());
                if (value == null || (attribute.omitEmpty() && EmptyValues.isEmpty(value))) {
                    remove.add(attribute.name());
                } else {
                    set.put(attribute.name(), storable(value));
                }
            }
        }
        if (updatedAt != null) {
            set.put(updatedAt.name(), AttributeValue.fromS(now));
        }
        AttributeValue expected = null;
        if (version != null) {
            expected = encoded.get(version.name());
            if (expected == null || expected.type() != AttributeValue.Type.N) {
                throw new InvalidModelException(schema.name(), "Model " + schema.name() + " item ["
                        + ItemKeys.describe(key) + "]: an update needs the item's current version in '"
                        + version.name() + "'; read the item first and update that object");
            }
        }
        if (set.isEmpty() && remove.isEmpty() && version == null) {
            throw new InvalidModelException(schema.name(), "Model " + schema.name() + " item ["
                    + ItemKeys.describe(key) + "]: the update writes nothing; list the attributes to change");
        }
        Map<String, AttributeValue> written = new LinkedHashMap<>(key);
        written.putAll(set);
        ItemSize.check(schema.name(), key, written);
        return new UpdatePlan(key, set, remove, version == null ? null : version.name(), expected);
    }

    private List<AttributeSchema> resolve(Collection<String> fields) {
        LinkedHashSet<AttributeSchema> out = new LinkedHashSet<>();
        for (String field : fields) {
            AttributeSchema attribute = byName.get(field);
            if (attribute == null) {
                attribute = byProperty.get(field);
            }
            if (attribute == null) {
                throw new InvalidModelException(schema.name(), "Model " + schema.name() + " has no attribute '" + field
                        + "'; update fields name attributes of the model: " + byName.keySet());
            }
            if (isKey(attribute)) {
                throw new InvalidModelException(schema.name(), "Model " + schema.name() + ": '" + attribute.name()
                        + "' is part of the primary key and cannot be updated; delete the item and create it under"
                        + " the new key instead");
            }
            if (attribute.isLifecycle()) {
                throw new InvalidModelException(schema.name(), "Model " + schema.name() + ": '" + attribute.name()
                        + "' is maintained by TableTheory (" + lifecycleRole(attribute)
                        + ") and cannot be written by an update; remove it from the field list");
            }
            out.add(attribute);
        }
        return new ArrayList<>(out);
    }

    private static String lifecycleRole(AttributeSchema attribute) {
        for (AttributeRole role : List.of(AttributeRole.CREATED_AT, AttributeRole.UPDATED_AT, AttributeRole.VERSION)) {
            if (attribute.hasRole(role)) {
                return role.dmsName();
            }
        }
        return "lifecycle";
    }

    private boolean isKey(AttributeSchema attribute) {
        return attribute.hasRole(AttributeRole.PK) || attribute.hasRole(AttributeRole.SK)
                || attribute.name().equals(schema.partitionKey().name())
                || (schema.sortKey() != null && attribute.name().equals(schema.sortKey().name()));
    }

    private void rejectUnknown(Map<String, AttributeValue> encoded) {
        for (String name : encoded.keySet()) {
            if (!byName.containsKey(name)) {
                throw new InvalidModelException(schema.name(), "Model " + schema.name() + " has no attribute '" + name
                        + "' but the codec wrote it; declare the attribute in the model or drop it from the item");
            }
        }
    }

    /** DynamoDB refuses empty sets, so an empty set that is kept is stored as NULL (contract p0/11). */
    private static AttributeValue storable(AttributeValue value) {
        return EmptyValues.isEmptySet(value) ? AttributeValue.fromNul(true) : value;
    }
}
