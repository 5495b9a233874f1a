package com.theorycloud.tabletheory.spring.data.sample;

/** The composite id of an {@link Order}: partition and sort key, named like the properties. */
public record OrderId(String customerId, String orderId) {
}
