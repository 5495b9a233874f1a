/**
 * Conditions over item attributes: an immutable tree built with
 * {@link com.theorycloud.tabletheory.expression.Condition} factories over
 * {@link com.theorycloud.tabletheory.expression.AttributePath}s, and in-place
 * {@link com.theorycloud.tabletheory.expression.Update}s, rendered with placeholders only.
 */
@NullMarked
package com.theorycloud.tabletheory.expression;

import org.jspecify.annotations.NullMarked;
