package com.theorycloud.tabletheory.samples.releaseregistry;

import com.theorycloud.tabletheory.annotation.CreatedAt;
import com.theorycloud.tabletheory.annotation.PartitionKey;
import com.theorycloud.tabletheory.annotation.TableTheoryModel;
import com.theorycloud.tabletheory.annotation.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A registered service and the team that owns it. */
@TableTheoryModel(table = "services")
public record ServiceEntry(@PartitionKey String name, String team, @Nullable @CreatedAt Instant createdAt,
        @Nullable @Version Long version) {
}
