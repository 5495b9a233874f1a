package com.theorycloud.tabletheory.spring.boot.rest;

import java.io.Serializable;

// ✅ CORRECT: a composite id exposed by Spring Data REST: partition key component first, Serializable
/** The composite id of a {@link Shipment}, named like its key properties. */
public record ShipmentId(String customerId, String shipmentId) implements Serializable {
}
