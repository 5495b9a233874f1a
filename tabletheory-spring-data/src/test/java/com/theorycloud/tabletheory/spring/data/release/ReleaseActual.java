package com.theorycloud.tabletheory.spring.data.release;

import com.theorycloud.tabletheory.annotation.PartitionKey;
import com.theorycloud.tabletheory.annotation.SortKey;
import com.theorycloud.tabletheory.annotation.TableTheoryModel;
import com.theorycloud.tabletheory.annotation.Version;
import com.theorycloud.tabletheory.annotation.WritePolicy;
import org.jspecify.annotations.Nullable;

/** The actual-state row of a service's release: which release is active, with a protected pin. */
@TableTheoryModel(table = "releases")
@WritePolicy(protectedAttributes = "pinnedReleaseId")
public record ReleaseActual(@PartitionKey String pk, @SortKey String sk, @Nullable String status,
        @Nullable String releaseId, @Nullable String previousReleaseId, @Nullable String pinnedReleaseId,
        @Version @Nullable Long version) {

    /** The actual row of {@code service} in {@code status}, pinned to {@code releaseId}. */
    public static ReleaseActual of(String service, String status, String releaseId) {
        return new ReleaseActual("RELEASE#" + service, "ACTUAL", status, releaseId, null, releaseId, null);
    }

    /** The key and new values of a transition of {@code service} (the other attributes are not written). */
    public static ReleaseActual next(String service, String status, String releaseId, String previousReleaseId) {
        return new ReleaseActual("RELEASE#" + service, "ACTUAL", status, releaseId, previousReleaseId, null, null);
    }
}
