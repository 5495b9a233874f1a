package com.theorycloud.tabletheory.spring.data.sample;

import java.math.BigDecimal;

/** A DTO projection of an order. */
public record OrderTotal(String orderId, BigDecimal total) {
}
