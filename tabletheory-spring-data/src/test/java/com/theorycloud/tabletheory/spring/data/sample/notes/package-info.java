/** A model whose stored names differ from its property names, excluded from the ten-repository context by a filter. */
@NullMarked
package com.theorycloud.tabletheory.spring.data.sample.notes;

import org.jspecify.annotations.NullMarked;
