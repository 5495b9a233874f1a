package com.theorycloud.tabletheory.benchmarks.boot.app.model;

import com.theorycloud.tabletheory.annotation.CreatedAt;
import com.theorycloud.tabletheory.annotation.GlobalSecondaryIndex;
import com.theorycloud.tabletheory.annotation.PartitionKey;
import com.theorycloud.tabletheory.annotation.SortKey;
import com.theorycloud.tabletheory.annotation.TableTheoryModel;
import com.theorycloud.tabletheory.annotation.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Startup benchmark model 09 of 20 (generated; the twenty differ only in name and table). */
@TableTheoryModel(table = "boot_bench_09")
@GlobalSecondaryIndex(name = "by-status", partitionKey = "status", sortKey = "createdAt")
public record Model09(@PartitionKey String pk, @SortKey String sk, String name, String status, long amount,
        @Nullable @CreatedAt Instant createdAt, @Nullable @Version Long version) {
}
