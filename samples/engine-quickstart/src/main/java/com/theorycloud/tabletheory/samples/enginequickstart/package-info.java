/**
 * The engine without Spring: one model and a program that creates, reads, updates and deletes it.
 */
@NullMarked
package com.theorycloud.tabletheory.samples.enginequickstart;

import org.jspecify.annotations.NullMarked;
