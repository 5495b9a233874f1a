/** The template repositories call (usable directly) and translation of engine errors to DataAccessExceptions. */
@NullMarked
package com.theorycloud.tabletheory.spring.data.core;

import org.jspecify.annotations.NullMarked;
