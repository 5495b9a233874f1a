package com.theorycloud.tabletheory.spring.boot.rest;

import com.theorycloud.tabletheory.annotation.PartitionKey;
import com.theorycloud.tabletheory.annotation.SortKey;
import com.theorycloud.tabletheory.annotation.TableTheoryModel;
import com.theorycloud.tabletheory.annotation.Version;

import org.jspecify.annotations.Nullable;

/** A stop on a delivery route: a versioned model with a partition key and a numeric sort key. */
@TableTheoryModel(table = "rest_stops")
public record Stop(@PartitionKey String routeId, @SortKey int sequence, String place, @Version @Nullable Long version) {
}
