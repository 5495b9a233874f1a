/**
 * Queries, scans and their paging: {@link com.theorycloud.tabletheory.query.Query},
 * {@link com.theorycloud.tabletheory.query.Scan}, {@link com.theorycloud.tabletheory.query.Page} and the portable
 * {@link com.theorycloud.tabletheory.query.Cursor} string.
 */
@NullMarked
package com.theorycloud.tabletheory.query;

import org.jspecify.annotations.NullMarked;
