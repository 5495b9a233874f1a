package com.theorycloud.tabletheory.samples.quickstart;

import com.theorycloud.tabletheory.annotation.CreatedAt;
import com.theorycloud.tabletheory.annotation.GlobalSecondaryIndex;
import com.theorycloud.tabletheory.annotation.PartitionKey;
import com.theorycloud.tabletheory.annotation.SortKey;
import com.theorycloud.tabletheory.annotation.TableTheoryModel;
import com.theorycloud.tabletheory.annotation.UpdatedAt;
import com.theorycloud.tabletheory.annotation.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A to-do item of one owner; the {@code by-status} index lists every owner's items in one status, newest first. */
@TableTheoryModel(table = "todos")
@GlobalSecondaryIndex(name = "by-status", partitionKey = "status", sortKey = "createdAt")
public record Todo(@PartitionKey String owner, @SortKey String todoId, String title, String status,
        @Nullable @CreatedAt Instant createdAt, @Nullable @UpdatedAt Instant updatedAt, @Nullable @Version Long version) {

    /** A new item: the engine fills in the timestamps and the version when it is saved. */
    public static Todo open(String owner, String todoId, String title) {
        return new Todo(owner, todoId, title, "open", null, null, null);
    }

    /** This item marked done. */
    public Todo done() {
        return new Todo(owner, todoId, title, "done", createdAt, updatedAt, version);
    }
}
