/** Twenty small annotated models that the TableTheory side of the Boot startup benchmark scans at startup. */
@NullMarked
package com.theorycloud.tabletheory.benchmarks.boot.app.model;

import org.jspecify.annotations.NullMarked;
