package com.theorycloud.tabletheory.model;

import java.util.List;

/**
 * A model's release-state write policy: its mode and the attributes no write may change once set.
 *
 * @param mode                mutable or write-once
 * @param protectedAttributes attribute names that a write must never change
 */
public record WritePolicy(WriteMode mode, List<String> protectedAttributes) {

    /** The default policy: mutable, nothing protected. */
    public static final WritePolicy MUTABLE = new WritePolicy(WriteMode.MUTABLE, List.of());

    /** Copies the list so the policy stays immutable. */
    public WritePolicy {
        protectedAttributes = List.copyOf(protectedAttributes);
    }
}
