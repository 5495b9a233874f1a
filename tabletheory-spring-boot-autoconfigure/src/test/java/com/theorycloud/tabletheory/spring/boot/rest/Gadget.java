package com.theorycloud.tabletheory.spring.boot.rest;

import com.theorycloud.tabletheory.annotation.PartitionKey;
import com.theorycloud.tabletheory.annotation.TableTheoryModel;
import com.theorycloud.tabletheory.annotation.Version;

import org.jspecify.annotations.Nullable;

/** A gadget keyed by its id alone, versioned. */
@TableTheoryModel(table = "rest_gadgets")
public record Gadget(@PartitionKey String id, String name, @Version @Nullable Long version) {
}
