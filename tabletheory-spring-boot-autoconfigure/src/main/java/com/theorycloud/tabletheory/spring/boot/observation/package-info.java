/**
 * Micrometer observations of TableTheory engine operations ({@code tabletheory.operation}), usable with or without
 * Spring Boot.
 */
@NullMarked
package com.theorycloud.tabletheory.spring.boot.observation;

import org.jspecify.annotations.NullMarked;
