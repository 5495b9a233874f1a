package com.theorycloud.tabletheory.spring.data.sample.catalog;

import com.theorycloud.tabletheory.annotation.GlobalSecondaryIndex;
import com.theorycloud.tabletheory.annotation.PartitionKey;
import com.theorycloud.tabletheory.annotation.SortKey;
import com.theorycloud.tabletheory.annotation.TableTheoryModel;
import org.jspecify.annotations.Nullable;

/** A ticket of the ten-repository application context. */
@TableTheoryModel(table = "tickets")
@GlobalSecondaryIndex(name = "by-assignee", partitionKey = "assignee", sortKey = "state")
public record Ticket(@PartitionKey String queue, @SortKey String ticketId,
        @Nullable String assignee, @Nullable String state) {
}
