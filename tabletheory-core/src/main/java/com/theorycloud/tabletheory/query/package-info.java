/**
 * Queries, scans and their paging: the {@link com.theorycloud.tabletheory.query.Cursor} and its portable string form.
 */
@NullMarked
package com.theorycloud.tabletheory.query;

import org.jspecify.annotations.NullMarked;
