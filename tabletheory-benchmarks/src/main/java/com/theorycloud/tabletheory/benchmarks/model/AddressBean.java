package com.theorycloud.tabletheory.benchmarks.model;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;

/** {@link Address} as an Enhanced Client bean. */
@DynamoDbBean
public class AddressBean {
    private @Nullable String street;
    private @Nullable String city;
    private @Nullable String postcode;
    private @Nullable String country;

    public @Nullable String getStreet() {
        return street;
    }

    public void setStreet(@Nullable String street) {
        this.street = street;
    }

    public @Nullable String getCity() {
        return city;
    }

    public void setCity(@Nullable String city) {
        this.city = city;
    }

    public @Nullable String getPostcode() {
        return postcode;
    }

    public void setPostcode(@Nullable String postcode) {
        this.postcode = postcode;
    }

    public @Nullable String getCountry() {
        return country;
    }

    public void setCountry(@Nullable String country) {
        this.country = country;
    }
}
