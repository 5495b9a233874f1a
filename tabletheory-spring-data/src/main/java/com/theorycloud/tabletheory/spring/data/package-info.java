/** Spring Data support for TableTheory: repositories, a template and lifecycle events over the engine. */
@NullMarked
package com.theorycloud.tabletheory.spring.data;

import org.jspecify.annotations.NullMarked;
