package com.theorycloud.tabletheory.spring.data.sample.catalog;

import com.theorycloud.tabletheory.annotation.GlobalSecondaryIndex;
import com.theorycloud.tabletheory.annotation.PartitionKey;
import com.theorycloud.tabletheory.annotation.TableTheoryModel;
import org.jspecify.annotations.Nullable;

/** A account of the ten-repository application context. */
@TableTheoryModel(table = "accounts")
@GlobalSecondaryIndex(name = "by-email", partitionKey = "email")
public record Account(@PartitionKey String id, @Nullable String email, @Nullable String plan) {
}
