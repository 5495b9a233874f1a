/**
 * Batch reads and writes ({@code BatchGetItem}, {@code BatchWriteItem}): the retry budget for unprocessed items and
 * the error raised when it runs out.
 */
@NullMarked
package com.theorycloud.tabletheory.batch;

import org.jspecify.annotations.NullMarked;
