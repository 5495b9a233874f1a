package com.theorycloud.tabletheory.docs.snippets;

import com.theorycloud.tabletheory.annotation.CreatedAt;
import com.theorycloud.tabletheory.annotation.GlobalSecondaryIndex;
import com.theorycloud.tabletheory.annotation.OmitEmpty;
import com.theorycloud.tabletheory.annotation.PartitionKey;
import com.theorycloud.tabletheory.annotation.SortKey;
import com.theorycloud.tabletheory.annotation.TableTheoryModel;
import com.theorycloud.tabletheory.annotation.UpdatedAt;
import com.theorycloud.tabletheory.annotation.Version;
import com.theorycloud.tabletheory.model.ProjectionType;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The user model of the batch, transaction, query, paging and update pages.
 *
 * @param PK        partition key, e.g. {@code USER#1}
 * @param SK        sort key, e.g. {@code PROFILE}
 * @param emailHash key of {@code gsi-email}
 * @param nickname  a plain attribute
 * @param region    partition key of {@code gsi-region-rank} and {@code gsi-region-keys}
 * @param rank      sort key of {@code gsi-region-rank}
 * @param tags      a string set
 * @param profile   a map of strings
 * @param status    a plain attribute
 * @param credits   a number
 * @param createdAt maintained by the engine
 * @param updatedAt maintained by the engine
 * @param version   maintained by the engine (optimistic locking)
 */
// region user-model
@TableTheoryModel(table = "users")
@GlobalSecondaryIndex(name = "gsi-email", partitionKey = "emailHash")
@GlobalSecondaryIndex(name = "gsi-region-rank", partitionKey = "region", sortKey = "rank")
@GlobalSecondaryIndex(name = "gsi-region-keys", partitionKey = "region", projection = ProjectionType.KEYS_ONLY)
public record User(@PartitionKey String PK, @SortKey String SK, @OmitEmpty @Nullable String emailHash,
        @OmitEmpty @Nullable String nickname, @OmitEmpty @Nullable String region, @OmitEmpty @Nullable Long rank,
        @OmitEmpty @Nullable Set<String> tags, @OmitEmpty @Nullable Map<String, String> profile,
        @OmitEmpty @Nullable String status, @OmitEmpty @Nullable Long credits,
        @Nullable @CreatedAt Instant createdAt, @Nullable @UpdatedAt Instant updatedAt, @Version long version) {
    // the record body holds an of(PK, SK, nickname) factory and with...(...) copy methods
    // endregion

    /** A new user with keys and a nickname only. */
    public static User of(String pk, String sk, @Nullable String nickname) {
        return new User(pk, sk, null, nickname, null, null, null, null, null, null, null, null, 0);
    }

    /** The same user with another nickname. */
    public User withNickname(@Nullable String value) {
        return new User(PK, SK, emailHash, value, region, rank, tags, profile, status, credits, createdAt, updatedAt,
                version);
    }

    /** The same user with another email hash. */
    public User withEmailHash(@Nullable String value) {
        return new User(PK, SK, value, nickname, region, rank, tags, profile, status, credits, createdAt, updatedAt,
                version);
    }

    /** The same user in a region with a rank. */
    public User withRegion(@Nullable String value, @Nullable Long newRank) {
        return new User(PK, SK, emailHash, nickname, value, newRank, tags, profile, status, credits, createdAt,
                updatedAt, version);
    }

    /** The same user with tags, a profile and a status. */
    public User withDetails(@Nullable Set<String> newTags, @Nullable Map<String, String> newProfile,
            @Nullable String newStatus) {
        return new User(PK, SK, emailHash, nickname, region, rank, newTags, newProfile, newStatus, credits, createdAt,
                updatedAt, version);
    }

    /** The same user with another creation time (which the engine refuses to write). */
    public User withCreatedAt(@Nullable Instant value) {
        return new User(PK, SK, emailHash, nickname, region, rank, tags, profile, status, credits, value, updatedAt,
                version);
    }
}
