/**
 * Spring integration of release-state services.
 */
@NullMarked
package com.theorycloud.tabletheory.spring.boot.release;

import org.jspecify.annotations.NullMarked;
