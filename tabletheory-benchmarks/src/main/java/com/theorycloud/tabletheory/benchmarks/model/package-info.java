/** The benchmark's order model, written once per contender: engine record, Enhanced Client bean, hand-written maps. */
@NullMarked
package com.theorycloud.tabletheory.benchmarks.model;

import org.jspecify.annotations.NullMarked;
