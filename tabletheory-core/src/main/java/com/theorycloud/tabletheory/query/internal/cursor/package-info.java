/**
 * The JSON form of cursors, read and written by the public {@code CursorCodec}: the same compact JSON as the other
 * TableTheory runtimes. Depends on nothing of the query packages, so {@code query} can use it without a cycle; not
 * API.
 */
@NullMarked
package com.theorycloud.tabletheory.query.internal.cursor;

import org.jspecify.annotations.NullMarked;
