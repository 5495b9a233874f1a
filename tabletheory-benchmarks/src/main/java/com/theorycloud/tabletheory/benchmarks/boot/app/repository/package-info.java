/** Ten repository interfaces with derived queries that the TableTheory side of the Boot startup benchmark validates. */
@NullMarked
package com.theorycloud.tabletheory.benchmarks.boot.app.repository;

import org.jspecify.annotations.NullMarked;
