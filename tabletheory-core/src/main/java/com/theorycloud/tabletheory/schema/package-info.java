/**
 * Table definitions derived from a model: keys, attribute definitions and secondary indexes, ready to create a table
 * or to compare with an existing one.
 */
@NullMarked
package com.theorycloud.tabletheory.schema;

import org.jspecify.annotations.NullMarked;
