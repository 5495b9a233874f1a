/** The Boot startup benchmark's SDK-only side: the baseline plus a plain DynamoDbClient bean, without TableTheory. */
@NullMarked
package com.theorycloud.tabletheory.benchmarks.boot.sdkonly;

import org.jspecify.annotations.NullMarked;
