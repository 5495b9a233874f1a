/**
 * Query implementation details: the builders behind {@code Query} and {@code Scan} ({@code TableQuery},
 * {@code TableScan}), index choice, cursor checks, paging and the bridge to the engine; not API.
 */
@NullMarked
package com.theorycloud.tabletheory.query.internal;

import org.jspecify.annotations.NullMarked;
