/** Annotations users put on repositories and their methods: explicit queries, the scan opt-in, release state. */
@NullMarked
package com.theorycloud.tabletheory.spring.data.annotation;

import org.jspecify.annotations.NullMarked;
