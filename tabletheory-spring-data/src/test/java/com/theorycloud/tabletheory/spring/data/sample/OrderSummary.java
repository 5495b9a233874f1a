package com.theorycloud.tabletheory.spring.data.sample;

import java.math.BigDecimal;

/** A closed interface projection of an order: read with a projection expression of two attributes. */
public interface OrderSummary {

    /** The order id. */
    String getOrderId();

    /** The order total. */
    BigDecimal getTotal();
}
