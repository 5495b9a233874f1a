/**
 * The engine implementation behind {@code Table}: lifecycle rules, key checks, item size, update plans and error
 * translation; not API.
 */
@NullMarked
package com.theorycloud.tabletheory.internal;

import org.jspecify.annotations.NullMarked;
