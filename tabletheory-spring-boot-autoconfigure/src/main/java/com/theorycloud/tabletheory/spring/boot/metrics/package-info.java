/**
 * Micrometer meters for TableTheory: conditional-check failures, version conflicts, consumed capacity, and the AWS
 * SDK's retries and throttles.
 */
@NullMarked
package com.theorycloud.tabletheory.spring.boot.metrics;

import org.jspecify.annotations.NullMarked;
