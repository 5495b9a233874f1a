/**
 * The {@link com.theorycloud.tabletheory.error.TableTheoryException} hierarchy, mirroring the TableTheory error
 * taxonomy ({@code ErrItemNotFound}, {@code ErrConditionFailed}, ...).
 */
@NullMarked
package com.theorycloud.tabletheory.error;

import org.jspecify.annotations.NullMarked;
