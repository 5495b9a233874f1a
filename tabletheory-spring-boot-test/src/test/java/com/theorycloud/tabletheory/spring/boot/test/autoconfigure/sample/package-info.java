/**
 * A sample application for the slice tests.
 */
@NullMarked
package com.theorycloud.tabletheory.spring.boot.test.autoconfigure.sample;

import org.jspecify.annotations.NullMarked;
