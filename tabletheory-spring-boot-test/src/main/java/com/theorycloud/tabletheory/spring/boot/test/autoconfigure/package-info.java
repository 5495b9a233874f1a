/**
 * Test support for applications that use TableTheory: the {@link TableTheoryTest} slice.
 */
@NullMarked
package com.theorycloud.tabletheory.spring.boot.test.autoconfigure;

import org.jspecify.annotations.NullMarked;
