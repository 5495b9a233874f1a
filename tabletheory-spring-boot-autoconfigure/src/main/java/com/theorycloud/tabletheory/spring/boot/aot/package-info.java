/**
 * Ahead-of-time support: the reflection hints a native image needs for TableTheory models and their converters.
 */
@NullMarked
package com.theorycloud.tabletheory.spring.boot.aot;

import org.jspecify.annotations.NullMarked;
