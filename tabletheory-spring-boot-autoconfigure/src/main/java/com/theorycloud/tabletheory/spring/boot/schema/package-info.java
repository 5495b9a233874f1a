/**
 * Checks the DynamoDB tables against the models and creates missing tables and indexes, as done at startup for
 * {@code tabletheory.schema.mode}.
 */
@NullMarked
package com.theorycloud.tabletheory.spring.boot.schema;

import org.jspecify.annotations.NullMarked;
