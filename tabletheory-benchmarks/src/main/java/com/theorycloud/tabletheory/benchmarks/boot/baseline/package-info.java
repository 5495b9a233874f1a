/** The Boot startup benchmark baseline: the same class path with every TableTheory auto-configuration excluded. */
@NullMarked
package com.theorycloud.tabletheory.benchmarks.boot.baseline;

import org.jspecify.annotations.NullMarked;
