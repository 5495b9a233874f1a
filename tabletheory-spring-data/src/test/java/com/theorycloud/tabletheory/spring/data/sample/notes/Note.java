package com.theorycloud.tabletheory.spring.data.sample.notes;

import java.time.Instant;

import com.theorycloud.tabletheory.annotation.Attribute;
import com.theorycloud.tabletheory.annotation.GlobalSecondaryIndex;
import com.theorycloud.tabletheory.annotation.PartitionKey;
import com.theorycloud.tabletheory.annotation.SortKey;
import com.theorycloud.tabletheory.annotation.TableTheoryModel;
import com.theorycloud.tabletheory.model.NamingConvention;

import org.jspecify.annotations.Nullable;

/** A single-table style model: stored names differ from property names (explicit and snake_case). */
@TableTheoryModel(table = "notes", naming = NamingConvention.SNAKE_CASE)
@GlobalSecondaryIndex(name = "by-folder", partitionKey = "folderName", sortKey = "updatedAt")
public record Note(@PartitionKey @Attribute("PK") String owner, @SortKey @Attribute("SK") String slug,
        @Nullable String folderName, @Nullable String titleText, @Nullable Instant updatedAt) {
}
