package com.theorycloud.tabletheory.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What one update writes: the key, the attributes to set and to remove, and the optimistic-locking step.
 *
 * @param key              the item's primary key
 * @param set              attributes to set, including the refreshed {@code updated_at}
 * @param remove           attributes to remove
 * @param versionAttribute the model's version attribute, or {@code null} when it has none
 * @param expectedVersion  the version the stored item must have, or {@code null} when it has none
 */
public record UpdatePlan(Map<String, AttributeValue> key, Map<String, AttributeValue> set, List<String> remove,
        @Nullable String versionAttribute, @Nullable AttributeValue expectedVersion) {

    /** Copies the collections. */
    public UpdatePlan {
        key = Collections.unmodifiableMap(new LinkedHashMap<>(key));
        set = Collections.unmodifiableMap(new LinkedHashMap<>(set));
        remove = List.copyOf(remove);
    }

    /** Whether the update checks and increments a version. */
    public boolean versioned() {
        return versionAttribute != null && expectedVersion != null;
    }
}
