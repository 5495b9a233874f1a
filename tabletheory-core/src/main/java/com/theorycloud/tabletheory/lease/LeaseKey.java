package com.theorycloud.tabletheory.lease;

import java.util.Objects;

/**
 * The item a lease lives in, such as the {@code LOCK} row beside a cache entry's metadata.
 *
 * @param pk the partition key value, e.g. {@code ISR#tenant#/pricing}
 * @param sk the sort key value, {@code LOCK} by convention
 */
public record LeaseKey(String pk, String sk) {

    /** The conventional sort key of a lock row. */
    public static final String LOCK = "LOCK";

    /** Checks both values are present. */
    public LeaseKey {
        if (Objects.requireNonNull(pk, "pk").isEmpty() || Objects.requireNonNull(sk, "sk").isEmpty()) {
            throw new IllegalArgumentException("A lease key needs a non-empty pk and sk, got '" + pk + "'/'" + sk
                    + "'");
        }
    }

    /** The {@code LOCK} row of a partition. */
    public static LeaseKey lock(String pk) {
        return new LeaseKey(pk, LOCK);
    }
}
