package com.theorycloud.tabletheory.spring.data.sample;

/** The attributes the keys-only region index holds. */
public interface OrderKeys {

    /** The customer. */
    String getCustomerId();

    /** The order id. */
    String getOrderId();

    /** The region. */
    String getRegion();
}
