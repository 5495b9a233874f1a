package com.theorycloud.tabletheory.docs.snippets;

import com.theorycloud.tabletheory.annotation.CreatedAt;
import com.theorycloud.tabletheory.annotation.GlobalSecondaryIndex;
import com.theorycloud.tabletheory.annotation.OmitEmpty;
import com.theorycloud.tabletheory.annotation.PartitionKey;
import com.theorycloud.tabletheory.annotation.SortKey;
import com.theorycloud.tabletheory.annotation.TableTheoryModel;
import com.theorycloud.tabletheory.annotation.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An order with a status index sorted by creation time (docs/cross-runtime.md).
 *
 * @param PK        partition key
 * @param SK        sort key
 * @param status    index partition key
 * @param createdAt index sort key, maintained by the engine
 * @param version   maintained by the engine
 */
@TableTheoryModel(table = "orders")
@GlobalSecondaryIndex(name = "gsi-status", partitionKey = "status", sortKey = "createdAt")
public record Order(@PartitionKey String PK, @SortKey String SK, @OmitEmpty @Nullable String status,
        @Nullable @CreatedAt Instant createdAt, @Version long version) {
}
