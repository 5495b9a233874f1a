/**
 * Chunking, request building and unprocessed-item retries behind the batch methods of {@code Table}.
 */
@NullMarked
package com.theorycloud.tabletheory.batch.internal;

import org.jspecify.annotations.NullMarked;
