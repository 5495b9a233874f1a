/**
 * The Spring Data KeyValue side of the Boot startup benchmark: the baseline plus 20 entities and 10 repositories of
 * the same shape in Spring Data's own in-memory module, what Spring Data's repository infrastructure costs without
 * any store.
 */
@NullMarked
package com.theorycloud.tabletheory.benchmarks.boot.keyvalue;

import org.jspecify.annotations.NullMarked;
