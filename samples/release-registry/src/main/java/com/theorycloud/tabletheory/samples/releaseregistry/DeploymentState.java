package com.theorycloud.tabletheory.samples.releaseregistry;

import com.theorycloud.tabletheory.annotation.Json;
import com.theorycloud.tabletheory.annotation.OmitEmpty;
import com.theorycloud.tabletheory.annotation.PartitionKey;
import com.theorycloud.tabletheory.annotation.SortKey;
import com.theorycloud.tabletheory.annotation.TableTheoryModel;
import com.theorycloud.tabletheory.annotation.UpdatedAt;
import com.theorycloud.tabletheory.annotation.Version;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The actual deployment state of a service (sort key {@code ACTUAL}): which release is live, which one was live
 * before, and the deploy-authority evidence of the last change. Changed only by release-state transitions.
 */
@TableTheoryModel(table = "release_state")
public record DeploymentState(@PartitionKey String service, @SortKey String kind, String status,
        @Nullable @OmitEmpty String currentReleaseId, @Nullable @OmitEmpty String previousReleaseId,
        @Nullable @Json @OmitEmpty Map<String, Object> provenance,
        @Nullable @Json @OmitEmpty Map<String, Object> confidence, @Nullable @UpdatedAt Instant updatedAt,
        @Version long version) {

    /** The sort key of the actual row. */
    public static final String ACTUAL = "ACTUAL";

    /** The state of a newly registered service: nothing deployed yet. */
    public static DeploymentState registered(String service) {
        return new DeploymentState(service, ACTUAL, "registered", null, null, null, null, null, 0);
    }
}
