package com.theorycloud.tabletheory.samples.releaseregistry;

import com.theorycloud.tabletheory.annotation.CreatedAt;
import com.theorycloud.tabletheory.annotation.PartitionKey;
import com.theorycloud.tabletheory.annotation.SortKey;
import com.theorycloud.tabletheory.annotation.TableTheoryModel;
import com.theorycloud.tabletheory.annotation.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One recorded release of a service: what was built, from which commit. */
@TableTheoryModel(table = "releases")
public record Release(@PartitionKey String service, @SortKey String releaseId, String artifact,
        @Nullable String commitSha, @Nullable @CreatedAt Instant createdAt, @Nullable @Version Long version) {
}
