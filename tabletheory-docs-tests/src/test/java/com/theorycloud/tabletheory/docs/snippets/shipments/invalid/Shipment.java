package com.theorycloud.tabletheory.docs.snippets.shipments.invalid;

import com.theorycloud.tabletheory.annotation.TableTheoryModel;

/**
 * An invalid model: no partition key, so startup fails.
 *
 * @param id      meant to be the key
 * @param carrier carrier name
 */
// region shipment
@TableTheoryModel(table = "shipments")
public record Shipment(String id, String carrier) {}
// endregion
