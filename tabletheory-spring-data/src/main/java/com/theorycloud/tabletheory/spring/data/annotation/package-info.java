/** Annotations users put on repository methods: explicit queries and the scan opt-in. */
@NullMarked
package com.theorycloud.tabletheory.spring.data.annotation;

import org.jspecify.annotations.NullMarked;
