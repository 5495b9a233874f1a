package com.theorycloud.tabletheory.spring.boot.rest;

import com.theorycloud.tabletheory.spring.data.repository.TableTheoryRepository;

/** Exposed by Spring Data REST at {@code /shipments}; item URLs carry the encoded composite id. */
public interface ShipmentRepository extends TableTheoryRepository<Shipment, ShipmentId> {
}
