/** Lifecycle events published as Spring application events, and entity callbacks that may replace the entity. */
@NullMarked
package com.theorycloud.tabletheory.spring.data.core.mapping.event;

import org.jspecify.annotations.NullMarked;
