/** The template repositories call (usable directly) and translation of engine errors to Spring's DataAccessException hierarchy. */
@NullMarked
package com.theorycloud.tabletheory.spring.data.core;

import org.jspecify.annotations.NullMarked;
