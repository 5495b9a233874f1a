/**
 * Coordination records for work that must not run twice at once: conditional leases with owner tokens
 * ({@link com.theorycloud.tabletheory.lease.Leases}) and request-id idempotency records
 * ({@link com.theorycloud.tabletheory.lease.IdempotencyRecords}), following the FaceTheory ISR patterns.
 */
@NullMarked
package com.theorycloud.tabletheory.lease;

import org.jspecify.annotations.NullMarked;
