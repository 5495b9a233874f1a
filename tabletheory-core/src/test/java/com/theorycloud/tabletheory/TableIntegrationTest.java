package com.theorycloud.tabletheory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.theorycloud.tabletheory.error.ConditionFailedException;
import com.theorycloud.tabletheory.error.ImmutableModelMutationException;
import com.theorycloud.tabletheory.error.InvalidModelException;
import com.theorycloud.tabletheory.error.ItemNotFoundException;
import com.theorycloud.tabletheory.error.ItemTooLargeException;
import com.theorycloud.tabletheory.error.MissingPrimaryKeyException;
import com.theorycloud.tabletheory.error.ProtectedFieldMutationException;
import com.theorycloud.tabletheory.error.TableNotFoundException;
import com.theorycloud.tabletheory.error.VersionConflictException;
import com.theorycloud.tabletheory.expression.AttributePath;
import com.theorycloud.tabletheory.expression.Condition;
import com.theorycloud.tabletheory.local.LocalDynamoDb;
import com.theorycloud.tabletheory.mapping.ItemCodec;
import com.theorycloud.tabletheory.model.DynamoType;
import com.theorycloud.tabletheory.model.ModelSchema;
import com.theorycloud.tabletheory.model.WriteMode;
import com.theorycloud.tabletheory.model.WritePolicy;
import com.theorycloud.tabletheory.operation.Operation;
import com.theorycloud.tabletheory.operation.OperationEvent;
import com.theorycloud.tabletheory.testmodel.TestUser;
import com.theorycloud.tabletheory.testmodel.TestUserCodec;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The engine against the local DynamoDB: lifecycle rules, conditions and error translation end to end. */
class TableIntegrationTest {

    private static final DynamoDbClient CLIENT = LocalDynamoDb.shared().client();
    private static final AtomicLong SECONDS = new AtomicLong(1_800_000_000L);
    private static final List<OperationEvent> EVENTS = new CopyOnWriteArrayList<>();
    /** A clock that moves one second per reading, so every write gets a distinct, predictable timestamp. */
    private static final Clock TICKING = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochSecond(SECONDS.incrementAndGet(), 5);
        }
    };

    private static TableTheory db;
    private static Table<TestUser> users;

    @BeforeAll
    static void createTable() {
        String name = LocalDynamoDb.shared().uniqueTableName("users");
        db = TableTheory.builder().client(CLIENT).clock(TICKING).listener(EVENTS::add)
                .tableNameResolver(schema -> name).build();
        users = db.table(TestUserCodec.INSTANCE);
        assertThat(db.ensureTable(users.schema())).isTrue();
        assertThat(db.ensureTable(users.schema())).isFalse();
    }

    @AfterAll
    static void dropTable() {
        db.deleteTableIfExists(users.schema());
    }

    @Test
    void createsReadsUpdatesAndDeletes() {
        TestUser stored = users.create(TestUser.of("USER#1", "PROFILE", "Al").withEmailHash("hash_abc")
                .withTags(Set.of("a", "b")));
        assertThat(stored.version()).isZero();
        assertThat(stored.createdAt()).isEqualTo(stored.updatedAt()).endsWith("Z");

        TestUser read = users.get(Key.of("USER#1", "PROFILE"));
        assertThat(read).isEqualTo(stored);

        TestUser updated = users.update(read.withNickname("Alice"), "nickname");
        assertThat(updated.nickname()).isEqualTo("Alice");
        assertThat(updated.version()).isEqualTo(1L);
        assertThat(users.get(Key.of("USER#1", "PROFILE"), ReadOptions.consistent())).isEqualTo(updated);

        users.delete(Key.of("USER#1", "PROFILE"));
        assertThatThrownBy(() -> users.get(Key.of("USER#1", "PROFILE"))).isInstanceOf(ItemNotFoundException.class)
                .hasMessageContaining("User").hasMessageContaining("PK=USER#1, SK=PROFILE");
        assertThat(users.find(Key.of("USER#1", "PROFILE"))).isEmpty();
    }

    @Test
    void createOfAnExistingItemFailsAndKeepsTheStoredOne() {
        users.create(TestUser.of("USER#2", "PROFILE", "first"));

        assertThatThrownBy(() -> users.create(TestUser.of("USER#2", "PROFILE", "second")))
                .isInstanceOf(ConditionFailedException.class).isNotInstanceOf(VersionConflictException.class)
                .hasMessageContaining("already exists");
        assertThat(users.get(Key.of("USER#2", "PROFILE")).nickname()).isEqualTo("first");
    }

    @Test
    void rejectsStaleVersion() {
        TestUser v0 = users.create(TestUser.of("USER#4", "PROFILE", "v0"));
        users.update(v0.withNickname("v1"), "nickname");

        assertThatThrownBy(() -> users.update(v0.withNickname("stale"), "nickname"))
                .isInstanceOf(VersionConflictException.class).isInstanceOf(ConditionFailedException.class)
                .hasMessageContaining("expected version 0");
        TestUser stored = users.get(Key.of("USER#4", "PROFILE"));
        assertThat(stored.nickname()).isEqualTo("v1");
        assertThat(stored.version()).isEqualTo(1L);
    }

    @Test
    void updateOfAMissingItemNeverCreatesIt() {
        TestUser absent = TestUser.of("USER#46-ABSENT", "PROFILE", "must-not-create").withVersion(0L);

        assertThatThrownBy(() -> users.update(absent, "nickname")).isInstanceOf(ConditionFailedException.class);
        assertThatThrownBy(() -> users.update(absent)).isInstanceOf(ConditionFailedException.class);
        assertThat(users.find(Key.of("USER#46-ABSENT", "PROFILE"))).isEmpty();
    }

    @Test
    void keepsCreatedAtAndRefreshesUpdatedAt() {
        TestUser created = users.create(TestUser.of("USER#3", "PROFILE", "v0"));
        TestUser updated = users.update(created.withNickname("v1"), "nickname");

        assertThat(updated.createdAt()).isEqualTo(created.createdAt());
        assertThat(updated.updatedAt()).isNotEqualTo(created.updatedAt()).isGreaterThan(created.updatedAt());
    }

    @Test
    void omitsEmptyValuesOnCreateAndRemovesExplicitlySelectedEmpties() {
        TestUser created = users.create(TestUser.of("USER#15", "PROFILE", "").withTags(Set.of()).withTtl(0L));
        Map<String, AttributeValue> raw = raw("USER#15");
        assertThat(raw).doesNotContainKeys("nickname", "tags", "ttl").containsKeys("createdAt", "updatedAt",
                "version");

        TestUser present = users.update(created.withNickname("present").withTags(Set.of("present")), "nickname",
                "tags");
        assertThat(raw("USER#15")).containsKeys("nickname", "tags");

        TestUser cleared = users.update(present.withNickname("").withTags(Set.of()), "nickname", "tags");
        assertThat(raw("USER#15")).doesNotContainKeys("nickname", "tags");
        assertThat(cleared.version()).isEqualTo(2L);
    }

    @Test
    void selectedMapKeepsInnerEmptiesButFullUpdateSkipsABlankMap() {
        TestUser created = users.create(TestUser.of("USER#16", "PROFILE", null).withProfile(Map.of("source",
                "present")));

        TestUser explicit = users.update(created.withProfile(Map.of("source", "")), "profile");
        assertThat(raw("USER#16").get("profile")).isEqualTo(AttributeValue.fromM(Map.of("source",
                AttributeValue.fromS(""))));

        users.update(explicit.withProfile(Map.of("source", "present")), "profile");
        TestUser full = users.update(explicit.withVersion(2L).withProfile(Map.of("source", "")));
        assertThat(raw("USER#16").get("profile")).isEqualTo(AttributeValue.fromM(Map.of("source",
                AttributeValue.fromS("present"))));
        assertThat(full.version()).isEqualTo(3L);
    }

    @Test
    void storesTtlAsEpochSeconds() {
        users.create(TestUser.of("USER#5", "PROFILE", null).withTtl(1700000000L));

        assertThat(raw("USER#5").get("ttl")).isEqualTo(AttributeValue.fromN("1700000000"));
        assertThat(users.get(Key.of("USER#5", "PROFILE")).ttl()).isEqualTo(1700000000L);
    }

    @Test
    void conditionsGuardWritesAndCannotBeInjected() {
        TestUser created = users.create(TestUser.of("USER#7", "PROFILE", "name").withTags(Set.of("a", "status")));

        users.put(created.withNickname("guarded"), Condition.eq("nickname", "name")
                .and(Condition.contains("tags", "status")).and(Condition.attributeType("tags", DynamoType.SS)));
        assertThat(users.get(Key.of("USER#7", "PROFILE")).nickname()).isEqualTo("guarded");

        Condition hostile = Condition.eq("nickname", "x\") OR attribute_exists(PK) OR (\"")
                .or(Condition.attributeExists("nickname) OR attribute_exists(PK"));
        assertThatThrownBy(() -> users.put(created.withNickname("hacked"), hostile))
                .isInstanceOf(ConditionFailedException.class);
        assertThatThrownBy(() -> users.delete(Key.of("USER#7", "PROFILE"), hostile))
                .isInstanceOf(ConditionFailedException.class);
        assertThat(users.get(Key.of("USER#7", "PROFILE")).nickname()).isEqualTo("guarded");

        users.delete(Key.of("USER#7", "PROFILE"), Condition.size("tags").eq(2)
                .and(Condition.beginsWith(AttributePath.of("nickname"), "guar")));
        assertThat(users.find(Key.of("USER#7", "PROFILE"))).isEmpty();
    }

    @Test
    void deleteOfAnItemChecksItsVersion() {
        TestUser v0 = users.create(TestUser.of("USER#8", "PROFILE", "x"));
        TestUser v1 = users.update(v0.withNickname("y"), "nickname");

        assertThatThrownBy(() -> users.delete(v0)).isInstanceOf(VersionConflictException.class);
        users.delete(v1);
        assertThat(users.find(Key.of("USER#8", "PROFILE"))).isEmpty();
    }

    @Test
    void badInputLeavesTheTableUnchanged() {
        users.create(TestUser.of("USER#9", "PROFILE", "kept"));
        TestUser stored = users.get(Key.of("USER#9", "PROFILE"));

        assertThatThrownBy(() -> users.put(TestUser.of("USER#9", "", "x"))).isInstanceOf(
                MissingPrimaryKeyException.class);
        assertThatThrownBy(() -> users.put(TestUser.of("USER#9", "PROFILE", "x".repeat(420_000))))
                .isInstanceOf(ItemTooLargeException.class).hasMessageContaining("PK=USER#9, SK=PROFILE");
        assertThatThrownBy(() -> users.update(stored.withNickname("x").withCreatedAt("2026-07-31T00:00:00Z"),
                "createdAt", "nickname")).isInstanceOf(InvalidModelException.class);
        assertThatThrownBy(() -> users.get(Key.of("USER#9"))).isInstanceOf(MissingPrimaryKeyException.class);

        assertThat(users.get(Key.of("USER#9", "PROFILE"))).isEqualTo(stored);
    }

    @Test
    void projectsRequestedAttributesOnly() {
        users.create(TestUser.of("USER#10", "PROFILE", "nick").withEmailHash("h"));

        TestUser projected = users.get(Key.of("USER#10", "PROFILE"), ReadOptions.defaults()
                .withProjection("PK", "SK", "nickname"));
        assertThat(projected.nickname()).isEqualTo("nick");
        assertThat(projected.emailHash()).isNull();
        assertThat(projected.version()).isNull();
    }

    @Test
    void missingTableIsReportedWithItsName() {
        TableTheory other = TableTheory.builder().client(CLIENT).tableNameResolver(TableNameResolver.prefix("nope-"))
                .build();
        Table<TestUser> missing = other.table(TestUserCodec.INSTANCE);

        assertThatThrownBy(() -> missing.get(Key.of("U", "P"))).isInstanceOf(TableNotFoundException.class)
                .hasMessageContaining("nope-users_contract");
    }

    @Test
    void reportsEveryOperationWithoutKeyValues() {
        users.create(TestUser.of("USER#11", "PROFILE", "x"));
        assertThatThrownBy(() -> users.create(TestUser.of("USER#11", "PROFILE", "x")))
                .isInstanceOf(ConditionFailedException.class);

        assertThat(EVENTS).anySatisfy(event -> {
            assertThat(event.operation()).isEqualTo(Operation.CREATE);
            assertThat(event.errorCode()).isEqualTo("ErrConditionFailed");
            assertThat(event.modelName()).isEqualTo("User");
            assertThat(event.tableName()).isEqualTo(users.tableName());
        });
        assertThat(EVENTS).anySatisfy(event -> {
            assertThat(event.succeeded()).isTrue();
            assertThat(event.durationNanos()).isPositive();
            assertThat(event.consumedCapacity()).isPositive();
        });
        assertThat(EVENTS).allSatisfy(event -> assertThat(event.toString()).doesNotContain("USER#"));
    }

    @Test
    void writeOnceItemsCanOnlyBeCreated() {
        Table<TestUser> events = db.table(new PolicyCodec(new WritePolicy(WriteMode.WRITE_ONCE, List.of())));
        TestUser created = events.create(TestUser.of("EVENT#1", "PROFILE", "promoted"));

        assertThatThrownBy(() -> events.update(created.withNickname("mutated"), "nickname"))
                .isInstanceOf(ImmutableModelMutationException.class);
        assertThatThrownBy(() -> events.put(created.withNickname("overwritten")))
                .isInstanceOf(ImmutableModelMutationException.class);
        assertThatThrownBy(() -> events.delete(Key.of("EVENT#1", "PROFILE")))
                .isInstanceOf(ImmutableModelMutationException.class);
        assertThat(events.get(Key.of("EVENT#1", "PROFILE"))).isEqualTo(created);
    }

    @Test
    void protectedAttributesKeepTheirCreatedValue() {
        Table<TestUser> actuals = db.table(new PolicyCodec(new WritePolicy(WriteMode.MUTABLE, List.of("emailHash"))));
        TestUser created = actuals.create(TestUser.of("ACTUAL#1", "PROFILE", "active").withEmailHash("rel_001"));

        TestUser warming = actuals.update(created.withNickname("warming"), "nickname");
        assertThatThrownBy(() -> actuals.update(warming.withEmailHash("rel_002"), "emailHash"))
                .isInstanceOf(ProtectedFieldMutationException.class);
        assertThatThrownBy(() -> actuals.put(warming.withEmailHash("rel_002")))
                .isInstanceOf(ProtectedFieldMutationException.class);
        assertThatThrownBy(() -> actuals.withProtectedAttributes(List.of("nickname"))
                .update(warming.withNickname("active"), "nickname"))
                .isInstanceOf(ProtectedFieldMutationException.class);
        TestUser stored = actuals.get(Key.of("ACTUAL#1", "PROFILE"));
        assertThat(stored.emailHash()).isEqualTo("rel_001");
        assertThat(stored.nickname()).isEqualTo("warming");
        actuals.delete(Key.of("ACTUAL#1", "PROFILE"));
    }

    /** The User codec under another write policy, stored in the same table. */
    private static final class PolicyCodec implements ItemCodec<TestUser> {
        private final ModelSchema schema;

        PolicyCodec(WritePolicy policy) {
            ModelSchema s = TestUserCodec.INSTANCE.schema();
            this.schema = new ModelSchema(s.name(), s.tableName(), s.naming(), s.partitionKey(), s.sortKey(),
                    s.attributes(), s.indexes(), policy, s.javaType());
        }

        @Override
        public ModelSchema schema() {
            return schema;
        }

        @Override
        public Map<String, AttributeValue> encode(TestUser item) {
            return TestUserCodec.INSTANCE.encode(item);
        }

        @Override
        public TestUser decode(Map<String, AttributeValue> item) {
            return TestUserCodec.INSTANCE.decode(item);
        }

        @Override
        public AttributeValue encodeValue(String attributeName, Object value) {
            return TestUserCodec.INSTANCE.encodeValue(attributeName, value);
        }
    }

    private static Map<String, AttributeValue> raw(String pk) {
        return CLIENT.getItem(b -> b.tableName(users.tableName()).consistentRead(true).key(Map.of(
                "PK", AttributeValue.fromS(pk), "SK", AttributeValue.fromS("PROFILE")))).item();
    }
}
