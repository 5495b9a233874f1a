package com.theorycloud.tabletheory.lease;

import java.time.Instant;

/**
 * A lease held by this caller: the token proves ownership when refreshing, releasing, or checking the lease inside a
 * transaction ({@link Leases#stillOwned}).
 *
 * @param key       the leased item
 * @param token     this owner's random token
 * @param expiresAt when the lease ends, at whole seconds (stored as epoch seconds)
 */
public record Lease(LeaseKey key, String token, Instant expiresAt) {
}
