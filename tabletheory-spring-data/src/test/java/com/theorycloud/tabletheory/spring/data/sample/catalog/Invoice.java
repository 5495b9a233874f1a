package com.theorycloud.tabletheory.spring.data.sample.catalog;

import com.theorycloud.tabletheory.annotation.GlobalSecondaryIndex;
import com.theorycloud.tabletheory.annotation.PartitionKey;
import com.theorycloud.tabletheory.annotation.SortKey;
import com.theorycloud.tabletheory.annotation.TableTheoryModel;
import org.jspecify.annotations.Nullable;

/** A invoice of the ten-repository application context. */
@TableTheoryModel(table = "invoices")
@GlobalSecondaryIndex(name = "by-due", partitionKey = "status", sortKey = "dueDate")
public record Invoice(@PartitionKey String customerId, @SortKey String invoiceId,
        @Nullable String dueDate, @Nullable String status) {
}
