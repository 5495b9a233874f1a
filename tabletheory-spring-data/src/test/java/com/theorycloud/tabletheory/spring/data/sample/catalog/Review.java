package com.theorycloud.tabletheory.spring.data.sample.catalog;

import com.theorycloud.tabletheory.annotation.GlobalSecondaryIndex;
import com.theorycloud.tabletheory.annotation.PartitionKey;
import com.theorycloud.tabletheory.annotation.SortKey;
import com.theorycloud.tabletheory.annotation.TableTheoryModel;
import org.jspecify.annotations.Nullable;

/** A review of the ten-repository application context. */
@TableTheoryModel(table = "reviews")
@GlobalSecondaryIndex(name = "by-author", partitionKey = "author")
public record Review(@PartitionKey String productSku, @SortKey String reviewId,
        @Nullable String author, @Nullable Integer stars) {
}
