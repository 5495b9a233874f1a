/**
 * The annotations users put on model records and classes.
 */
@NullMarked
package com.theorycloud.tabletheory.annotation;

import org.jspecify.annotations.NullMarked;
