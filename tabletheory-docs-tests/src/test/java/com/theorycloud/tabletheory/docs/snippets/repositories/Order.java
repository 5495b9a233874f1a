package com.theorycloud.tabletheory.docs.snippets.repositories;

import com.theorycloud.tabletheory.annotation.CreatedAt;
import com.theorycloud.tabletheory.annotation.GlobalSecondaryIndex;
import com.theorycloud.tabletheory.annotation.PartitionKey;
import com.theorycloud.tabletheory.annotation.SortKey;
import com.theorycloud.tabletheory.annotation.TableTheoryModel;
import com.theorycloud.tabletheory.annotation.UpdatedAt;
import com.theorycloud.tabletheory.annotation.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The order model of docs/repositories.md: keyed by customer and order id, with an index by status ordered by
 * creation time. Lifecycle values and the version are filled by the engine.
 *
 * @param customerId partition key
 * @param orderId    sort key
 * @param status     partition key of the by-status index
 * @param total      order total
 * @param tags       labels
 * @param note       free text, may be absent
 * @param createdAt  sort key of the by-status index, set on create
 * @param updatedAt  set on every write
 * @param version    optimistic-locking version
 */
// region order
@TableTheoryModel(table = "orders")
@GlobalSecondaryIndex(name = "by-status", partitionKey = "status", sortKey = "createdAt")
public record Order(@PartitionKey String customerId, @SortKey String orderId, String status, BigDecimal total,
        List<String> tags, String note, @CreatedAt Instant createdAt, @UpdatedAt Instant updatedAt,
        @Version Long version) {
}
// endregion
