/** Lease and idempotency implementation: attribute layout and DynamoDB calls with error translation; not API. */
@NullMarked
package com.theorycloud.tabletheory.lease.internal;

import org.jspecify.annotations.NullMarked;
