package com.theorycloud.tabletheory.samples.releaseregistry;

import com.theorycloud.tabletheory.annotation.Json;
import com.theorycloud.tabletheory.annotation.OmitEmpty;
import com.theorycloud.tabletheory.annotation.PartitionKey;
import com.theorycloud.tabletheory.annotation.SortKey;
import com.theorycloud.tabletheory.annotation.TableTheoryModel;
import com.theorycloud.tabletheory.annotation.WritePolicy;
import com.theorycloud.tabletheory.model.WriteMode;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a service's deployment history (sort key {@code EVENT#<time>#<release>}); written once, in the same
 * transaction as the state change it records, and never changed.
 */
@TableTheoryModel(table = "release_state")
@WritePolicy(mode = WriteMode.WRITE_ONCE)
public record DeploymentEvent(@PartitionKey String service, @SortKey String kind, String eventType,
        String releaseId, String actor, @Nullable @Json @OmitEmpty Map<String, Object> provenance,
        @Nullable @Json @OmitEmpty Map<String, Object> confidence, Instant recordedAt) {

    /** The sort-key prefix of event rows. */
    public static final String PREFIX = "EVENT#";
}
