package com.theorycloud.tabletheory.benchmarks.boot.keyvalue.model;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.keyvalue.annotation.KeySpace;

/** Spring Data KeyValue counterpart of startup benchmark model 13 of 20 (generated; the twenty differ only in name). */
@KeySpace("boot_bench_13")
public record KvModel13(@Id String id, String pk, String sk, String name, String status, long amount,
        @Nullable Instant createdAt, @Nullable @Version Long version) {
}
