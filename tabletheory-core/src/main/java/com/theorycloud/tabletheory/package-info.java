/**
 * The TableTheory engine entry point: {@code TableTheory} and the typed table handles it hands out.
 */
@NullMarked
package com.theorycloud.tabletheory;

import org.jspecify.annotations.NullMarked;
