package com.theorycloud.tabletheory.benchmarks.model;

/** A shipping address, stored as a nested map inside {@link Order}. */
public record Address(String street, String city, String postcode, String country) {
}
