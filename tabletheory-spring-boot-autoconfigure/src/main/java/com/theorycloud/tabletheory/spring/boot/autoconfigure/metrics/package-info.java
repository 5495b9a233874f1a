/**
 * Auto-configuration of TableTheory's Micrometer meters and of the DynamoDB client's retry and throttle counters.
 */
@NullMarked
package com.theorycloud.tabletheory.spring.boot.autoconfigure.metrics;

import org.jspecify.annotations.NullMarked;
