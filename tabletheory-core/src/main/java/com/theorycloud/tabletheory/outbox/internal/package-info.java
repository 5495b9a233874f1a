/**
 * Helpers of the outbox that know nothing of its records: secret screening and retry backoff; not API. The outbox model,
 * its items, due-record queries and lease claims are package-private classes of the outbox package itself, as they
 * work on its {@code OutboxRecord} and {@code OutboxStatus}.
 */
@NullMarked
package com.theorycloud.tabletheory.outbox.internal;

import org.jspecify.annotations.NullMarked;
