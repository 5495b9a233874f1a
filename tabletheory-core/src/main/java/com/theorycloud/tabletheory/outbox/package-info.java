/**
 * The transactional outbox: {@link com.theorycloud.tabletheory.outbox.OutboxRecord} rows written with the state
 * change that needs a side effect, and the {@link com.theorycloud.tabletheory.outbox.OutboxRelay} that dispatches
 * them at least once, with leases, retries and a dead letter.
 */
@NullMarked
package com.theorycloud.tabletheory.outbox;

import org.jspecify.annotations.NullMarked;
