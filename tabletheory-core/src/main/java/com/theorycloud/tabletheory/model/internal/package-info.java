/**
 * Reading and validating annotated models; not API.
 */
@NullMarked
package com.theorycloud.tabletheory.model.internal;

import org.jspecify.annotations.NullMarked;
