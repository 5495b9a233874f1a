package com.theorycloud.tabletheory.benchmarks.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * {@link Order} mapped by hand to {@code Map<String, AttributeValue>}, the way a careful application does it without a
 * mapper, including the same lifecycle rules the engine applies on a put (timestamps, version 0, omit-empty). The
 * baseline every other contender is compared against.
 */
public final class HandOrderCodec {

    private HandOrderCodec() {
    }

    /** The item a put stores; {@code now} is the write's timestamp. */
    public static Map<String, AttributeValue> encode(Order order, String now) {
        Map<String, AttributeValue> item = new HashMap<>(32);
        item.put("PK", AttributeValue.fromS(order.pk()));
        item.put("SK", AttributeValue.fromS(order.sk()));
        item.put("customerId", AttributeValue.fromS(order.customerId()));
        if (!order.status().isEmpty()) {
            item.put("status", AttributeValue.fromS(order.status()));
        }
        item.put("currency", AttributeValue.fromS(order.currency()));
        item.put("quantity", AttributeValue.fromN(Integer.toString(order.quantity())));
        item.put("totalCents", AttributeValue.fromN(Long.toString(order.totalCents())));
        item.put("price", AttributeValue.fromN(order.price().toPlainString()));
        item.put("discount", AttributeValue.fromN(order.discount().toPlainString()));
        item.put("weightKg", AttributeValue.fromN(Double.toString(order.weightKg())));
        item.put("gift", AttributeValue.fromBool(order.gift()));
        if (order.notes() != null && !order.notes().isEmpty()) {
            item.put("notes", AttributeValue.fromS(order.notes()));
        }
        item.put("tags", AttributeValue.fromSs(new ArrayList<>(order.tags())));
        List<AttributeValue> skus = new ArrayList<>(order.skus().size());
        for (String sku : order.skus()) {
            skus.add(AttributeValue.fromS(sku));
        }
        item.put("skus", AttributeValue.fromL(skus));
        Map<String, AttributeValue> attributes = new HashMap<>();
        for (Map.Entry<String, String> entry : order.attributes().entrySet()) {
            attributes.put(entry.getKey(), AttributeValue.fromS(entry.getValue()));
        }
        item.put("attributes", AttributeValue.fromM(attributes));
        Address address = order.shipping();
        Map<String, AttributeValue> shipping = new HashMap<>(8);
        shipping.put("street", AttributeValue.fromS(address.street()));
        shipping.put("city", AttributeValue.fromS(address.city()));
        shipping.put("postcode", AttributeValue.fromS(address.postcode()));
        shipping.put("country", AttributeValue.fromS(address.country()));
        item.put("shipping", AttributeValue.fromM(shipping));
        item.put("placedAt", AttributeValue.fromS(order.placedAt().toString()));
        item.put("createdAt", AttributeValue.fromS(now));
        item.put("updatedAt", AttributeValue.fromS(now));
        item.put("version", AttributeValue.fromN(Long.toString(order.version())));
        return item;
    }

    /** Reads an order back from a stored item. */
    public static Order decode(Map<String, AttributeValue> item) {
        Map<String, AttributeValue> shipping = item.get("shipping").m();
        Map<String, String> attributes = new HashMap<>();
        for (Map.Entry<String, AttributeValue> entry : item.get("attributes").m().entrySet()) {
            attributes.put(entry.getKey(), entry.getValue().s());
        }
        List<AttributeValue> storedSkus = item.get("skus").l();
        List<String> skus = new ArrayList<>(storedSkus.size());
        for (AttributeValue sku : storedSkus) {
            skus.add(sku.s());
        }
        AttributeValue status = item.get("status");
        AttributeValue notes = item.get("notes");
        return new Order(item.get("PK").s(), item.get("SK").s(), item.get("customerId").s(),
                status == null ? "" : status.s(), item.get("currency").s(),
                Integer.parseInt(item.get("quantity").n()), Long.parseLong(item.get("totalCents").n()),
                new BigDecimal(item.get("price").n()), new BigDecimal(item.get("discount").n()),
                Double.parseDouble(item.get("weightKg").n()), item.get("gift").bool(),
                notes == null ? null : notes.s(), new LinkedHashSet<>(item.get("tags").ss()), skus, attributes,
                new Address(shipping.get("street").s(), shipping.get("city").s(), shipping.get("postcode").s(),
                        shipping.get("country").s()),
                Instant.parse(item.get("placedAt").s()), Instant.parse(item.get("createdAt").s()),
                Instant.parse(item.get("updatedAt").s()), Long.parseLong(item.get("version").n()));
    }
}
