package com.theorycloud.tabletheory.spring.boot.rest;

import com.theorycloud.tabletheory.annotation.PartitionKey;
import com.theorycloud.tabletheory.annotation.SortKey;
import com.theorycloud.tabletheory.annotation.TableTheoryModel;

/** A shipment of a customer: a model with a partition and a sort key. */
@TableTheoryModel(table = "rest_shipments")
public record Shipment(@PartitionKey String customerId, @SortKey String shipmentId, String status) {
}
