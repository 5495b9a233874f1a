package com.theorycloud.tabletheory.spring.data.sample.catalog;

import com.theorycloud.tabletheory.annotation.GlobalSecondaryIndex;
import com.theorycloud.tabletheory.annotation.PartitionKey;
import com.theorycloud.tabletheory.annotation.TableTheoryModel;
import org.jspecify.annotations.Nullable;

/** A coupon of the ten-repository application context. */
@TableTheoryModel(table = "coupons")
@GlobalSecondaryIndex(name = "by-campaign", partitionKey = "campaign")
public record Coupon(@PartitionKey String code, @Nullable Integer percent, @Nullable String campaign) {
}
