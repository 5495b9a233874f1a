/**
 * A sample Spring Boot application for the end-to-end test.
 */
@NullMarked
package com.theorycloud.tabletheory.spring.boot.sample;

import org.jspecify.annotations.NullMarked;
