package com.theorycloud.tabletheory.spring.data.release.broken;

import com.theorycloud.tabletheory.annotation.PartitionKey;
import com.theorycloud.tabletheory.annotation.SortKey;
import com.theorycloud.tabletheory.annotation.TableTheoryModel;

/** An event model without a write-once policy, so its history could be rewritten. */
@TableTheoryModel(table = "releases")
public record MutableReleaseEvent(@PartitionKey String pk, @SortKey String sk, String eventType) {
}
