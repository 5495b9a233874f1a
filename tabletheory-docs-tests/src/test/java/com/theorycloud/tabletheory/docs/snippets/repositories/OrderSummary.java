package com.theorycloud.tabletheory.docs.snippets.repositories;

import java.math.BigDecimal;

/** A closed projection of an {@link Order}: read with a projection expression of its two properties. */
public interface OrderSummary {

    /** The order id. */
    String getOrderId();

    /** The order total. */
    BigDecimal getTotal();
}
