/** The 10 Spring Data KeyValue repositories of the Boot startup benchmark's KeyValue side. */
@NullMarked
package com.theorycloud.tabletheory.benchmarks.boot.keyvalue.repository;

import org.jspecify.annotations.NullMarked;
