/**
 * Auto-configuration of Micrometer observations around every TableTheory engine operation.
 */
@NullMarked
package com.theorycloud.tabletheory.spring.boot.autoconfigure.observation;

import org.jspecify.annotations.NullMarked;
