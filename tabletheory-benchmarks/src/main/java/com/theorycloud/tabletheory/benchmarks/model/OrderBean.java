package com.theorycloud.tabletheory.benchmarks.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbAttribute;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSortKey;

/** {@link Order} as an AWS Enhanced Client bean ({@code TableSchema.fromBean}), the mapping most users pick. */
@DynamoDbBean
public class OrderBean {
    private @Nullable String pk;
    private @Nullable String sk;
    private @Nullable String customerId;
    private @Nullable String status;
    private @Nullable String currency;
    private @Nullable Integer quantity;
    private @Nullable Long totalCents;
    private @Nullable BigDecimal price;
    private @Nullable BigDecimal discount;
    private @Nullable Double weightKg;
    private @Nullable Boolean gift;
    private @Nullable String notes;
    private @Nullable Set<String> tags;
    private @Nullable List<String> skus;
    private @Nullable Map<String, String> attributes;
    private @Nullable AddressBean shipping;
    private @Nullable Instant placedAt;
    private @Nullable Instant createdAt;
    private @Nullable Instant updatedAt;
    private @Nullable Long version;

    @DynamoDbPartitionKey
    @DynamoDbAttribute("PK")
    public @Nullable String getPk() {
        return pk;
    }

    public void setPk(@Nullable String pk) {
        this.pk = pk;
    }

    @DynamoDbSortKey
    @DynamoDbAttribute("SK")
    public @Nullable String getSk() {
        return sk;
    }

    public void setSk(@Nullable String sk) {
        this.sk = sk;
    }

    public @Nullable String getCustomerId() {
        return customerId;
    }

    public void setCustomerId(@Nullable String customerId) {
        this.customerId = customerId;
    }

    public @Nullable String getStatus() {
        return status;
    }

    public void setStatus(@Nullable String status) {
        this.status = status;
    }

    public @Nullable String getCurrency() {
        return currency;
    }

    public void setCurrency(@Nullable String currency) {
        this.currency = currency;
    }

    public @Nullable Integer getQuantity() {
        return quantity;
    }

    public void setQuantity(@Nullable Integer quantity) {
        this.quantity = quantity;
    }

    public @Nullable Long getTotalCents() {
        return totalCents;
    }

    public void setTotalCents(@Nullable Long totalCents) {
        this.totalCents = totalCents;
    }

    public @Nullable BigDecimal getPrice() {
        return price;
    }

    public void setPrice(@Nullable BigDecimal price) {
        this.price = price;
    }

    public @Nullable BigDecimal getDiscount() {
        return discount;
    }

    public void setDiscount(@Nullable BigDecimal discount) {
        this.discount = discount;
    }

    public @Nullable Double getWeightKg() {
        return weightKg;
    }

    public void setWeightKg(@Nullable Double weightKg) {
        this.weightKg = weightKg;
    }

    public @Nullable Boolean getGift() {
        return gift;
    }

    public void setGift(@Nullable Boolean gift) {
        this.gift = gift;
    }

    public @Nullable String getNotes() {
        return notes;
    }

    public void setNotes(@Nullable String notes) {
        this.notes = notes;
    }

    public @Nullable Set<String> getTags() {
        return tags;
    }

    public void setTags(@Nullable Set<String> tags) {
        this.tags = tags;
    }

    public @Nullable List<String> getSkus() {
        return skus;
    }

    public void setSkus(@Nullable List<String> skus) {
        this.skus = skus;
    }

    public @Nullable Map<String, String> getAttributes() {
        return attributes;
    }

    public void setAttributes(@Nullable Map<String, String> attributes) {
        this.attributes = attributes;
    }

    public @Nullable AddressBean getShipping() {
        return shipping;
    }

    public void setShipping(@Nullable AddressBean shipping) {
        this.shipping = shipping;
    }

    public @Nullable Instant getPlacedAt() {
        return placedAt;
    }

    public void setPlacedAt(@Nullable Instant placedAt) {
        this.placedAt = placedAt;
    }

    public @Nullable Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(@Nullable Instant createdAt) {
        this.createdAt = createdAt;
    }

    public @Nullable Instant getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(@Nullable Instant updatedAt) {
        this.updatedAt = updatedAt;
    }

    public @Nullable Long getVersion() {
        return version;
    }

    public void setVersion(@Nullable Long version) {
        this.version = version;
    }
}
