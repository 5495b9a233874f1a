package com.theorycloud.tabletheory.spring.data.sample.catalog;

import com.theorycloud.tabletheory.annotation.GlobalSecondaryIndex;
import com.theorycloud.tabletheory.annotation.PartitionKey;
import com.theorycloud.tabletheory.annotation.TableTheoryModel;
import org.jspecify.annotations.Nullable;

/** A shipment of the ten-repository application context. */
@TableTheoryModel(table = "shipments")
@GlobalSecondaryIndex(name = "by-carrier", partitionKey = "carrier", sortKey = "shippedOn")
public record Shipment(@PartitionKey String orderId, @Nullable String carrier, @Nullable String shippedOn) {
}
