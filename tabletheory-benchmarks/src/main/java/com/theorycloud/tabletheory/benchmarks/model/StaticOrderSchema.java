package com.theorycloud.tabletheory.benchmarks.model;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primarySortKey;

import java.math.BigDecimal;
import java.time.Instant;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

/** {@link OrderBean} mapped by a hand-declared {@code StaticTableSchema}: the Enhanced Client without reflection. */
public final class StaticOrderSchema {

    private StaticOrderSchema() {
    }

    /** Builds the schema; do it once. */
    public static TableSchema<OrderBean> create() {
        StaticTableSchema<AddressBean> address = StaticTableSchema.builder(AddressBean.class)
                .newItemSupplier(AddressBean::new)
                .addAttribute(String.class, a -> a.name("street").getter(AddressBean::getStreet)
                        .setter(AddressBean::setStreet))
                .addAttribute(String.class, a -> a.name("city").getter(AddressBean::getCity)
                        .setter(AddressBean::setCity))
                .addAttribute(String.class, a -> a.name("postcode").getter(AddressBean::getPostcode)
                        .setter(AddressBean::setPostcode))
                .addAttribute(String.class, a -> a.name("country").getter(AddressBean::getCountry)
                        .setter(AddressBean::setCountry))
                .build();
        return StaticTableSchema.builder(OrderBean.class)
                .newItemSupplier(OrderBean::new)
                .addAttribute(String.class, a -> a.name("PK").getter(OrderBean::getPk).setter(OrderBean::setPk)
                        .tags(primaryPartitionKey()))
                .addAttribute(String.class, a -> a.name("SK").getter(OrderBean::getSk).setter(OrderBean::setSk)
                        .tags(primarySortKey()))
                .addAttribute(String.class, a -> a.name("customerId").getter(OrderBean::getCustomerId)
                        .setter(OrderBean::setCustomerId))
                .addAttribute(String.class, a -> a.name("status").getter(OrderBean::getStatus)
                        .setter(OrderBean::setStatus))
                .addAttribute(String.class, a -> a.name("currency").getter(OrderBean::getCurrency)
                        .setter(OrderBean::setCurrency))
                .addAttribute(Integer.class, a -> a.name("quantity").getter(OrderBean::getQuantity)
                        .setter(OrderBean::setQuantity))
                .addAttribute(Long.class, a -> a.name("totalCents").getter(OrderBean::getTotalCents)
                        .setter(OrderBean::setTotalCents))
                .addAttribute(BigDecimal.class, a -> a.name("price").getter(OrderBean::getPrice)
                        .setter(OrderBean::setPrice))
                .addAttribute(BigDecimal.class, a -> a.name("discount").getter(OrderBean::getDiscount)
                        .setter(OrderBean::setDiscount))
                .addAttribute(Double.class, a -> a.name("weightKg").getter(OrderBean::getWeightKg)
                        .setter(OrderBean::setWeightKg))
                .addAttribute(Boolean.class, a -> a.name("gift").getter(OrderBean::getGift)
                        .setter(OrderBean::setGift))
                .addAttribute(String.class, a -> a.name("notes").getter(OrderBean::getNotes)
                        .setter(OrderBean::setNotes))
                .addAttribute(EnhancedType.setOf(String.class), a -> a.name("tags").getter(OrderBean::getTags)
                        .setter(OrderBean::setTags))
                .addAttribute(EnhancedType.listOf(String.class), a -> a.name("skus").getter(OrderBean::getSkus)
                        .setter(OrderBean::setSkus))
                .addAttribute(EnhancedType.mapOf(String.class, String.class), a -> a.name("attributes")
                        .getter(OrderBean::getAttributes).setter(OrderBean::setAttributes))
                .addAttribute(EnhancedType.documentOf(AddressBean.class, address), a -> a.name("shipping")
                        .getter(OrderBean::getShipping).setter(OrderBean::setShipping))
                .addAttribute(Instant.class, a -> a.name("placedAt").getter(OrderBean::getPlacedAt)
                        .setter(OrderBean::setPlacedAt))
                .addAttribute(Instant.class, a -> a.name("createdAt").getter(OrderBean::getCreatedAt)
                        .setter(OrderBean::setCreatedAt))
                .addAttribute(Instant.class, a -> a.name("updatedAt").getter(OrderBean::getUpdatedAt)
                        .setter(OrderBean::setUpdatedAt))
                .addAttribute(Long.class, a -> a.name("version").getter(OrderBean::getVersion)
                        .setter(OrderBean::setVersion))
                .build();
    }
}
