/**
 * The outbox implementation: the outbox model and its items, due-record queries and lease claims, secret screening
 * and retry backoff; not API.
 */
@NullMarked
package com.theorycloud.tabletheory.outbox.internal;

import org.jspecify.annotations.NullMarked;
