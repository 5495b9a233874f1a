/** JMH benchmarks and measuring programs comparing the engine with hand-written SDK code and the Enhanced Client. */
@NullMarked
package com.theorycloud.tabletheory.benchmarks;

import org.jspecify.annotations.NullMarked;
