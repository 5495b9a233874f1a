package com.theorycloud.tabletheory.model;

import com.theorycloud.tabletheory.annotation.Attribute;
import com.theorycloud.tabletheory.annotation.Convert;
import com.theorycloud.tabletheory.annotation.CreatedAt;
import com.theorycloud.tabletheory.annotation.Encrypted;
import com.theorycloud.tabletheory.annotation.GlobalSecondaryIndex;
import com.theorycloud.tabletheory.annotation.Json;
import com.theorycloud.tabletheory.annotation.OmitEmpty;
import com.theorycloud.tabletheory.annotation.PartitionKey;
import com.theorycloud.tabletheory.annotation.SortKey;
import com.theorycloud.tabletheory.annotation.TableTheoryModel;
import com.theorycloud.tabletheory.annotation.Ttl;
import com.theorycloud.tabletheory.annotation.UpdatedAt;
import com.theorycloud.tabletheory.annotation.Version;
import com.theorycloud.tabletheory.annotation.WritePolicy;
import com.theorycloud.tabletheory.mapping.AttributeConverter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Annotated records equivalent to the contract's DMS models (dms/v0.2/models). Components are named like the DMS
 * attributes so a schema read from either source compares equal apart from {@code javaType}.
 */
public final class ContractModels {

    private ContractModels() {
    }

    @TableTheoryModel(table = "orders_contract")
    @GlobalSecondaryIndex(name = "gsi-status", partitionKey = "status", sortKey = "createdAt",
            projection = ProjectionType.INCLUDE, include = "amount")
    public record Order(@PartitionKey String PK, @SortKey String SK, @OmitEmpty String status,
            @OmitEmpty Long amount, @CreatedAt Instant createdAt, @UpdatedAt Instant updatedAt,
            @Version long version, @Ttl @OmitEmpty Instant ttl) {
    }

    @TableTheoryModel(table = "users_contract")
    @GlobalSecondaryIndex(name = "gsi-email", partitionKey = "emailHash", projection = ProjectionType.KEYS_ONLY)
    public record User(@PartitionKey String PK, @SortKey String SK, @OmitEmpty String emailHash,
            @OmitEmpty String nickname, @OmitEmpty Set<String> tags, @Json @OmitEmpty Map<String, Object> profile,
            @CreatedAt Instant createdAt, @UpdatedAt Instant updatedAt, @Version long version,
            @Ttl @OmitEmpty Instant ttl) {
    }

    /** The fixed-shape profile of {@link StructuredProfileUser}. */
    public record Profile(String displayName, List<String> badges) {
    }

    @TableTheoryModel(table = "users_contract")
    public record StructuredProfileUser(@PartitionKey String PK, @SortKey String SK, @OmitEmpty Profile profile,
            @Version long version) {
    }

    @TableTheoryModel(table = "snake_case_contract", naming = NamingConvention.SNAKE_CASE)
    public record SnakeCaseRecord(@PartitionKey String pk, @SortKey String sk, String displayName,
            String emailHash) {
    }

    @TableTheoryModel(table = "number_precision_contract")
    public record NumberPrecision(@PartitionKey String PK, @SortKey String SK, BigInteger largeInteger,
            BigDecimal preciseDecimal) {
    }

    /** Stores nothing but DynamoDB's {@code NULL}, like the type matrix's {@code nothing} attribute. */
    public static final class NullConverter implements AttributeConverter<Object> {
        @Override
        public DynamoType storedType() {
            return DynamoType.NULL;
        }

        @Override
        public AttributeValue write(Object value) {
            return AttributeValue.fromNul(true);
        }

        @Override
        public Object read(AttributeValue value) {
            return value;
        }
    }

    @TableTheoryModel(table = "type_matrix_contract")
    public record TypeMatrix(@PartitionKey String PK, @SortKey String SK, Set<Long> numberSet, byte[] binaryBlob,
            Set<byte[]> binarySet, Boolean flag, @Convert(NullConverter.class) Object nothing, List<Object> items,
            Map<String, Object> metadata, Set<BigDecimal> emptyNumberSet, Set<byte[]> emptyBinarySet,
            String optionalString) {
    }

    @TableTheoryModel(table = "release_state_contract")
    @WritePolicy(mode = WriteMode.MUTABLE, protectedAttributes = "pinnedReleaseId")
    public record ReleaseStateActual(@PartitionKey String PK, @SortKey String SK, @OmitEmpty String status,
            @OmitEmpty String pinnedReleaseId, @OmitEmpty String previousReleaseId,
            @Json @OmitEmpty Map<String, Object> provenance, @Json @OmitEmpty Map<String, Object> confidence,
            @UpdatedAt Instant updatedAt, @Version long version) {
    }

    @TableTheoryModel(table = "release_state_contract")
    @WritePolicy(mode = WriteMode.WRITE_ONCE)
    public record ReleaseStateEvent(@PartitionKey String PK, @SortKey String SK, @OmitEmpty String releaseId,
            @OmitEmpty String eventType, @Json @OmitEmpty Map<String, Object> provenance,
            @Json @OmitEmpty Map<String, Object> confidence, @OmitEmpty Instant recordedAt,
            @Ttl @OmitEmpty Instant ttl) {
    }

    @TableTheoryModel(table = "encrypted_records_contract")
    public record EncryptedRecord(@PartitionKey String PK, @SortKey String SK, @Encrypted String secret) {
    }

    /** Same shape as {@link Order} with explicit attribute names on conventional Java components. */
    @TableTheoryModel(table = "orders_contract", name = "Order")
    @GlobalSecondaryIndex(name = "gsi-status", partitionKey = "status", sortKey = "created",
            include = "total")
    public record RenamedOrder(@PartitionKey @Attribute("PK") String pk, @SortKey @Attribute("SK") String sk,
            @OmitEmpty String status, @OmitEmpty @Attribute("amount") Long total,
            @CreatedAt @Attribute("createdAt") Instant created, @UpdatedAt Instant updatedAt,
            @Version long version, @Ttl @OmitEmpty Instant ttl) {
    }
}
