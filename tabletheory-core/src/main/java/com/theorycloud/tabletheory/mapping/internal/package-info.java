/**
 * Mapping implementation details; not API.
 */
@NullMarked
package com.theorycloud.tabletheory.mapping.internal;

import org.jspecify.annotations.NullMarked;
