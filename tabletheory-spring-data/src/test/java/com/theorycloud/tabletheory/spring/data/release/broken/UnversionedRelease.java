package com.theorycloud.tabletheory.spring.data.release.broken;

import com.theorycloud.tabletheory.annotation.PartitionKey;
import com.theorycloud.tabletheory.annotation.SortKey;
import com.theorycloud.tabletheory.annotation.TableTheoryModel;

/** An actual-row model without a version attribute, so transitions cannot order changes. */
@TableTheoryModel(table = "releases")
public record UnversionedRelease(@PartitionKey String pk, @SortKey String sk, String status) {
}
