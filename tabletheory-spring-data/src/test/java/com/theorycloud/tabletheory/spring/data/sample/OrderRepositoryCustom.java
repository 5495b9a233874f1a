package com.theorycloud.tabletheory.spring.data.sample;

/** A custom fragment of {@link OrderRepository}. */
public interface OrderRepositoryCustom {

    /** The sum of a customer's order totals, computed by hand-written code. */
    long totalOf(String customerId);
}
