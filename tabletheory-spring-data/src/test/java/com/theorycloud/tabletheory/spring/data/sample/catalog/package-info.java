/** Eight more models and repositories so a context with ten repositories can be started. */
@NullMarked
package com.theorycloud.tabletheory.spring.data.sample.catalog;

import org.jspecify.annotations.NullMarked;
