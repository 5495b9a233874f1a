package com.theorycloud.tabletheory.docs.snippets.repositories;

/**
 * The composite id of an {@link Order}.
 *
 * @param customerId partition key
 * @param orderId    sort key
 */
// region order-id
public record OrderId(String customerId, String orderId) {   // partition key first, then sort key
}
// endregion
