/**
 * Auto-configuration of the release-state service factory.
 */
@NullMarked
package com.theorycloud.tabletheory.spring.boot.autoconfigure.release;

import org.jspecify.annotations.NullMarked;
