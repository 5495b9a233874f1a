/**
 * The application of the {@code @TableTheoryTest} example in docs/testing-local-dynamodb.md: a package of its own,
 * so its model is not scanned by the other sample applications.
 */
@NullMarked
package com.theorycloud.tabletheory.spring.boot.test.autoconfigure.orders;

import org.jspecify.annotations.NullMarked;
