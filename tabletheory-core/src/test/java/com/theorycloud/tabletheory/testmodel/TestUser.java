package com.theorycloud.tabletheory.testmodel;

import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The contract's User model as a Java record, mapped by the hand-written {@link TestUserCodec}. */
public record TestUser(@Nullable String pk, @Nullable String sk, @Nullable String emailHash,
        @Nullable String nickname, @Nullable Set<String> tags, @Nullable Map<String, Object> profile,
        @Nullable String createdAt, @Nullable String updatedAt, @Nullable Long version, @Nullable Long ttl) {

    /** A user with keys and a nickname only. */
    public static TestUser of(String pk, String sk, @Nullable String nickname) {
        return new TestUser(pk, sk, null, nickname, null, null, null, null, null, null);
    }

    public TestUser withNickname(@Nullable String value) {
        return new TestUser(pk, sk, emailHash, value, tags, profile, createdAt, updatedAt, version, ttl);
    }

    public TestUser withTags(@Nullable Set<String> value) {
        return new TestUser(pk, sk, emailHash, nickname, value, profile, createdAt, updatedAt, version, ttl);
    }

    public TestUser withProfile(@Nullable Map<String, Object> value) {
        return new TestUser(pk, sk, emailHash, nickname, tags, value, createdAt, updatedAt, version, ttl);
    }

    public TestUser withVersion(@Nullable Long value) {
        return new TestUser(pk, sk, emailHash, nickname, tags, profile, createdAt, updatedAt, value, ttl);
    }

    public TestUser withTtl(@Nullable Long value) {
        return new TestUser(pk, sk, emailHash, nickname, tags, profile, createdAt, updatedAt, version, value);
    }

    public TestUser withEmailHash(@Nullable String value) {
        return new TestUser(pk, sk, value, nickname, tags, profile, createdAt, updatedAt, version, ttl);
    }

    public TestUser withCreatedAt(@Nullable String value) {
        return new TestUser(pk, sk, emailHash, nickname, tags, profile, value, updatedAt, version, ttl);
    }
}
