/** What both sides of the Boot startup benchmark share: starting the application and reporting its startup steps. */
@NullMarked
package com.theorycloud.tabletheory.benchmarks.boot;

import org.jspecify.annotations.NullMarked;
