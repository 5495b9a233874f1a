/**
 * Query implementation details (index choice, cursor checks, cursor JSON, the bridge to the engine); not API.
 */
@NullMarked
package com.theorycloud.tabletheory.query.internal;

import org.jspecify.annotations.NullMarked;
