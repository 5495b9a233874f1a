package com.theorycloud.tabletheory.spring.data.sample;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.theorycloud.tabletheory.annotation.CreatedAt;
import com.theorycloud.tabletheory.annotation.GlobalSecondaryIndex;
import com.theorycloud.tabletheory.annotation.PartitionKey;
import com.theorycloud.tabletheory.annotation.SortKey;
import com.theorycloud.tabletheory.annotation.TableTheoryModel;
import com.theorycloud.tabletheory.annotation.UpdatedAt;
import com.theorycloud.tabletheory.annotation.Version;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedDate;

/** An order of a customer: table keyed by customer and order id, with an index by status ordered by creation. */
@TableTheoryModel(table = "orders")
@GlobalSecondaryIndex(name = "by-status", partitionKey = "status", sortKey = "createdAt")
@GlobalSecondaryIndex(name = "by-region", partitionKey = "region", projection =
        com.theorycloud.tabletheory.model.ProjectionType.KEYS_ONLY)
public record Order(@PartitionKey String customerId, @SortKey String orderId, String status,
        @Nullable BigDecimal total, @Nullable List<String> tags, @Nullable String note, @Nullable String region,
        @Nullable Boolean gift, @CreatedAt @CreatedDate @Nullable Instant createdAt,
        @UpdatedAt @LastModifiedDate @Nullable Instant updatedAt, @Version @Nullable Long version) {

    /** A new order (no lifecycle values yet). */
    public static Order of(String customerId, String orderId, String status, int total) {
        return new Order(customerId, orderId, status, BigDecimal.valueOf(total), List.of(), null, null, null, null,
                null, null);
    }

    /** This order with a note. */
    public Order withNote(@Nullable String text) {
        return new Order(customerId, orderId, status, total, tags, text, region, gift, createdAt, updatedAt, version);
    }

    /** This order with tags. */
    public Order withTags(List<String> values) {
        return new Order(customerId, orderId, status, total, values, note, region, gift, createdAt, updatedAt,
                version);
    }

    /** This order with a status. */
    public Order withStatus(String value) {
        return new Order(customerId, orderId, value, total, tags, note, region, gift, createdAt, updatedAt, version);
    }

    /** This order in a region. */
    public Order withRegion(String value) {
        return new Order(customerId, orderId, status, total, tags, note, value, gift, createdAt, updatedAt, version);
    }

    /** This order marked as a gift or not. */
    public Order withGift(boolean value) {
        return new Order(customerId, orderId, status, total, tags, note, region, value, createdAt, updatedAt,
                version);
    }
}
