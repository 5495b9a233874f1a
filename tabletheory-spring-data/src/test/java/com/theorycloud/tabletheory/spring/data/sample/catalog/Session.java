package com.theorycloud.tabletheory.spring.data.sample.catalog;

import com.theorycloud.tabletheory.annotation.PartitionKey;
import com.theorycloud.tabletheory.annotation.SortKey;
import com.theorycloud.tabletheory.annotation.TableTheoryModel;
import org.jspecify.annotations.Nullable;

/** A session of the ten-repository application context. */
@TableTheoryModel(table = "sessions")
public record Session(@PartitionKey String userId, @SortKey String sessionId, @Nullable String device) {
}
