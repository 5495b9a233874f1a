package com.theorycloud.tabletheory.benchmarks.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The sample order every contender maps, so all of them do exactly the same work. */
public final class Orders {

    private Orders() {
    }

    /** A fresh order as an application would hand it to a put: no timestamps, version 0, an empty note. */
    public static Order sample(String partition, String sort) {
        Set<String> tags = new LinkedHashSet<>(List.of("priority", "gift-wrap", "eu"));
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("channel", "web");
        attributes.put("campaign", "autumn-2026");
        attributes.put("device", "mobile");
        return new Order(partition, sort, "CUSTOMER-0042", "PLACED", "EUR", 3, 12_999L,
                new BigDecimal("43.33"), new BigDecimal("0.15"), 1.75, false, "", tags,
                List.of("SKU-1001", "SKU-2002", "SKU-3003"), attributes,
                new Address("1 Main Street", "Berlin", "10115", "DE"),
                Instant.parse("2026-11-24T10:15:30.123Z"), null, null, 0L);
    }

    /** The same order as an Enhanced Client bean. */
    public static OrderBean sampleBean(String partition, String sort) {
        Order order = sample(partition, sort);
        OrderBean bean = new OrderBean();
        bean.setPk(order.pk());
        bean.setSk(order.sk());
        bean.setCustomerId(order.customerId());
        bean.setStatus(order.status());
        bean.setCurrency(order.currency());
        bean.setQuantity(order.quantity());
        bean.setTotalCents(order.totalCents());
        bean.setPrice(order.price());
        bean.setDiscount(order.discount());
        bean.setWeightKg(order.weightKg());
        bean.setGift(order.gift());
        bean.setNotes(null); // the Enhanced Client has no omit-empty: an application leaves a blank note null
        bean.setTags(order.tags());
        bean.setSkus(order.skus());
        bean.setAttributes(order.attributes());
        AddressBean address = new AddressBean();
        address.setStreet(order.shipping().street());
        address.setCity(order.shipping().city());
        address.setPostcode(order.shipping().postcode());
        address.setCountry(order.shipping().country());
        bean.setShipping(address);
        bean.setPlacedAt(order.placedAt());
        return bean;
    }
}
