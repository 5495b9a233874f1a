/** The 20 Spring Data KeyValue entities of the Boot startup benchmark's KeyValue side. */
@NullMarked
package com.theorycloud.tabletheory.benchmarks.boot.keyvalue.model;

import org.jspecify.annotations.NullMarked;
