/** The Boot startup benchmark application with the TableTheory starter, 20 models and 10 repositories (target 5). */
@NullMarked
package com.theorycloud.tabletheory.benchmarks.boot.app;

import org.jspecify.annotations.NullMarked;
