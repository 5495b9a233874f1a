package com.theorycloud.tabletheory.spring.data.release;

import com.theorycloud.tabletheory.annotation.PartitionKey;
import com.theorycloud.tabletheory.annotation.SortKey;
import com.theorycloud.tabletheory.annotation.TableTheoryModel;
import com.theorycloud.tabletheory.annotation.WritePolicy;
import com.theorycloud.tabletheory.model.WriteMode;

/** One write-once entry of a service's release history, in the same table as its actual row. */
@TableTheoryModel(table = "releases")
@WritePolicy(mode = WriteMode.WRITE_ONCE)
public record ReleaseEvent(@PartitionKey String pk, @SortKey String sk, String releaseId, String eventType) {
}
