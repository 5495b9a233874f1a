/**
 * Spring integration types an application may use directly, such as the registry of its TableTheory models.
 */
@NullMarked
package com.theorycloud.tabletheory.spring.boot;

import org.jspecify.annotations.NullMarked;
