package com.theorycloud.tabletheory.spring.data.sample;

import com.theorycloud.tabletheory.annotation.GlobalSecondaryIndex;
import com.theorycloud.tabletheory.annotation.PartitionKey;
import com.theorycloud.tabletheory.annotation.TableTheoryModel;

import org.jspecify.annotations.Nullable;

/** A customer keyed by id alone, findable by e-mail through an index. */
@TableTheoryModel(table = "customers")
@GlobalSecondaryIndex(name = "by-email", partitionKey = "email")
public record Customer(@PartitionKey String id, @Nullable String email, @Nullable String name) {
}
