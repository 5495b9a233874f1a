package com.theorycloud.tabletheory.spring.boot.rest;

import com.theorycloud.tabletheory.annotation.PartitionKey;
import com.theorycloud.tabletheory.annotation.TableTheoryModel;

/** A tenant: a model with only a partition key. */
@TableTheoryModel(table = "rest_tenants")
public record Tenant(@PartitionKey String tenantId, String name) {
}
