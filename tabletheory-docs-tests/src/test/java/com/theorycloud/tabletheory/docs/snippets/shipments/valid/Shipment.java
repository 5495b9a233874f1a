package com.theorycloud.tabletheory.docs.snippets.shipments.valid;

import com.theorycloud.tabletheory.annotation.Attribute;
import com.theorycloud.tabletheory.annotation.PartitionKey;
import com.theorycloud.tabletheory.annotation.TableTheoryModel;

/**
 * A valid model: one partition key, stored as {@code PK}.
 *
 * @param id      partition key
 * @param carrier carrier name
 */
// region shipment
@TableTheoryModel(table = "shipments")
public record Shipment(@PartitionKey @Attribute("PK") String id, String carrier) {}
// endregion
