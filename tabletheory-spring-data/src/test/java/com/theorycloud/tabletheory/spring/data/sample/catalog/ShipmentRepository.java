package com.theorycloud.tabletheory.spring.data.sample.catalog;

import java.util.List;

import com.theorycloud.tabletheory.spring.data.repository.TableTheoryRepository;

/** Repository of {@link Shipment}. */
public interface ShipmentRepository extends TableTheoryRepository<Shipment, String> {

    List<Shipment> findTop5ByCarrierOrderByShippedOnDesc(String carrier);
}
