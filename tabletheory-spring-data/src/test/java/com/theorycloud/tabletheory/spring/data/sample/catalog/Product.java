package com.theorycloud.tabletheory.spring.data.sample.catalog;

import com.theorycloud.tabletheory.annotation.GlobalSecondaryIndex;
import com.theorycloud.tabletheory.annotation.PartitionKey;
import com.theorycloud.tabletheory.annotation.TableTheoryModel;
import org.jspecify.annotations.Nullable;

/** A product of the ten-repository application context. */
@TableTheoryModel(table = "products")
@GlobalSecondaryIndex(name = "by-category", partitionKey = "category", sortKey = "price")
public record Product(@PartitionKey String sku, @Nullable String category, @Nullable Long price) {
}
