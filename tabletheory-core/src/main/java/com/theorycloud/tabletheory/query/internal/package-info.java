/**
 * Query implementation details (cursor JSON writing and reading); not API.
 */
@NullMarked
package com.theorycloud.tabletheory.query.internal;

import org.jspecify.annotations.NullMarked;
