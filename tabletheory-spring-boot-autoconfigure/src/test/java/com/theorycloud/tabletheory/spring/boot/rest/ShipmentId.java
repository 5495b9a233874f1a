package com.theorycloud.tabletheory.spring.boot.rest;

// ✅ CORRECT: a composite id exposed by Spring Data REST: partition key component first, then the sort key
/** The composite id of a {@link Shipment}, named like its key properties. */
public record ShipmentId(String customerId, String shipmentId) {
}
