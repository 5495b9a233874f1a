/**
 * Auto-configuration of Spring Data repositories over TableTheory models.
 */
@NullMarked
package com.theorycloud.tabletheory.spring.boot.autoconfigure.data;

import org.jspecify.annotations.NullMarked;
