/**
 * Auto-configuration of the {@code tabletheory} health indicator.
 */
@NullMarked
package com.theorycloud.tabletheory.spring.boot.autoconfigure.health;

import org.jspecify.annotations.NullMarked;
