package com.theorycloud.tabletheory.benchmarks.model;

import com.theorycloud.tabletheory.annotation.Attribute;
import com.theorycloud.tabletheory.annotation.CreatedAt;
import com.theorycloud.tabletheory.annotation.OmitEmpty;
import com.theorycloud.tabletheory.annotation.PartitionKey;
import com.theorycloud.tabletheory.annotation.SortKey;
import com.theorycloud.tabletheory.annotation.TableTheoryModel;
import com.theorycloud.tabletheory.annotation.UpdatedAt;
import com.theorycloud.tabletheory.annotation.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A realistic 20-attribute order as an engine model: strings, fixed-width numbers, {@code BigDecimal}, a boolean, a
 * string set, a list, a map, a nested record, timestamps, a version and omit-empty attributes.
 */
@TableTheoryModel(table = "bench_orders")
public record Order(
        @PartitionKey @Attribute("PK") String pk,
        @SortKey @Attribute("SK") String sk,
        String customerId,
        @OmitEmpty String status,
        String currency,
        int quantity,
        long totalCents,
        BigDecimal price,
        BigDecimal discount,
        double weightKg,
        boolean gift,
        @OmitEmpty @Nullable String notes,
        Set<String> tags,
        List<String> skus,
        Map<String, String> attributes,
        Address shipping,
        Instant placedAt,
        @CreatedAt @Nullable Instant createdAt,
        @UpdatedAt @Nullable Instant updatedAt,
        @Version long version) {

    /** The key-only form, used when keys are the only thing that differs between items. */
    public Order withKey(String partition, String sort) {
        return new Order(partition, sort, customerId, status, currency, quantity, totalCents, price, discount,
                weightKg, gift, notes, tags, skus, attributes, shipping, placedAt, createdAt, updatedAt, version);
    }
}
