package com.theorycloud.tabletheory.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.theorycloud.tabletheory.Key;
import com.theorycloud.tabletheory.operation.Operation;
import com.theorycloud.tabletheory.operation.OperationEvent;
import com.theorycloud.tabletheory.ReadOptions;
import com.theorycloud.tabletheory.Table;
import com.theorycloud.tabletheory.TableTheory;
import com.theorycloud.tabletheory.error.ImmutableModelMutationException;
import com.theorycloud.tabletheory.error.InvalidModelException;
import com.theorycloud.tabletheory.error.InvalidOperatorException;
import com.theorycloud.tabletheory.expression.Condition;
import com.theorycloud.tabletheory.local.LocalDynamoDb;
import com.theorycloud.tabletheory.mapping.Document;
import com.theorycloud.tabletheory.mapping.DocumentItemCodec;
import com.theorycloud.tabletheory.model.dms.ContractDirectory;
import com.theorycloud.tabletheory.model.dms.DmsLoader;
import com.theorycloud.tabletheory.testmodel.TestUser;
import com.theorycloud.tabletheory.testmodel.TestUserCodec;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Transactional writes on the local DynamoDB's transaction extension: atomicity, lifecycle rules and errors. */
class TransactWriteIntegrationTest {

    private static final AtomicLong SECONDS = new AtomicLong(1_800_000_000L);
    private static final List<OperationEvent> EVENTS = new CopyOnWriteArrayList<>();
    /** Moves one second per reading, so every write gets a distinct timestamp. */
    private static final Clock TICKING = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochSecond(SECONDS.incrementAndGet());
        }
    };

    private static TableTheory db;
    private static Table<TestUser> users;
    private static Table<Document> events;

    @BeforeAll
    static void createTables() {
        String prefix = LocalDynamoDb.shared().uniqueTableName("tx");
        db = TableTheory.builder().client(LocalDynamoDb.shared().client()).clock(TICKING).listener(EVENTS::add)
                .tableNameResolver(schema -> prefix + "_" + schema.tableName()).build();
        users = db.table(TestUserCodec.INSTANCE);
        events = db.table(DocumentItemCodec.of(DmsLoader.load(
                ContractDirectory.resolve("dms/v0.2/models/release-state.yml")).model("ReleaseStateEvent")));
        db.ensureTable(users.schema());
        db.ensureTable(events.schema());
    }

    @AfterAll
    static void dropTables() {
        db.deleteTableIfExists(users.schema());
        db.deleteTableIfExists(events.schema());
    }

    private static TestUser stored(String pk, String sk) {
        return users.get(Key.of(pk, sk), ReadOptions.consistent());
    }

    @Test
    void appliesAllActionsTogether() {
        users.create(TestUser.of("USER#TXW", "ITEM#001", "seed"));

        db.transactWrite()
                .update(users, TestUser.of("USER#TXW", "ITEM#001", "updated"), List.of("nickname"),
                        Condition.attributeExists("PK"))
                .put(users, TestUser.of("USER#TXW", "ITEM#002", "created").withEmailHash("txw@example"))
                .execute();

        assertThat(stored("USER#TXW", "ITEM#001").nickname()).isEqualTo("updated");
        assertThat(stored("USER#TXW", "ITEM#002").nickname()).isEqualTo("created");
    }

    @Test
    void writesNothingWhenOneConditionFailsAndNamesTheFailingAction() {
        users.create(TestUser.of("USER#TXF", "ITEM#001", "kept"));

        assertThatThrownBy(() -> db.transactWrite()
                .update(users, TestUser.of("USER#TXF", "ITEM#001", "should-not-write"), List.of("nickname"),
                        Condition.attributeNotExists("PK"))
                .put(users, TestUser.of("USER#TXF", "ITEM#003", "rolled-back"))
                .execute())
                .isInstanceOfSatisfying(TransactionCanceledException.class, e -> {
                    assertThat(e.is("ErrConditionFailed")).isTrue();
                    assertThat(e.is("ErrTransactionFailed")).isTrue();
                    assertThat(e.is("ErrVersionConflict")).isFalse();
                    assertThat(e.errorCode()).isEqualTo("ErrConditionFailed");
                    assertThat(e.reasons()).extracting(CancellationReason::code)
                            .containsExactly("ConditionalCheckFailed", "None");
                    CancellationReason failed = e.failures().get(0);
                    assertThat(failed.index()).isZero();
                    assertThat(failed.action()).isEqualTo(ActionKind.UPDATE);
                    assertThat(failed.modelName()).isEqualTo("User");
                    assertThat(failed.key()).isEqualTo("PK=USER#TXF, SK=ITEM#001");
                    assertThat(failed.oldItem()).isNull();
                    assertThat(e.getMessage()).contains("Action 0 (update of User [PK=USER#TXF, SK=ITEM#001]")
                            .contains("nothing was written");
                });
        assertThat(stored("USER#TXF", "ITEM#001").nickname()).isEqualTo("kept");
        assertThat(users.find(Key.of("USER#TXF", "ITEM#003"))).isEmpty();
    }

    @Test
    void staleVersionIsAVersionConflictWithTheOldItemWhenAskedFor() {
        TestUser v0 = users.create(TestUser.of("USER#TXV", "PROFILE", "v0"));
        users.update(v0.withNickname("v1"), "nickname");

        assertThatThrownBy(() -> db.transactWrite().returnOldItemsOnConditionFailure()
                .create(users, TestUser.of("USER#TXV", "OTHER", "new"))
                .update(users, v0.withNickname("stale"), "nickname")
                .execute())
                .isInstanceOfSatisfying(TransactionCanceledException.class, e -> {
                    assertThat(e.is("ErrVersionConflict")).isTrue();
                    assertThat(e.is("ErrConditionFailed")).isTrue();
                    CancellationReason failed = e.failures().get(0);
                    assertThat(failed.index()).isEqualTo(1);
                    assertThat(failed.versionConflict()).isTrue();
                    assertThat(failed.oldItem()).isInstanceOfSatisfying(TestUser.class,
                            old -> assertThat(old.version()).isEqualTo(1L));
                });
        assertThat(users.find(Key.of("USER#TXV", "OTHER"))).isEmpty();
    }

    @Test
    void createOfAnExistingItemFailsAsCreate() {
        users.create(TestUser.of("USER#TXC", "PROFILE", "first"));

        assertThatThrownBy(() -> db.transactWrite().create(users, TestUser.of("USER#TXC", "PROFILE", "second"))
                .execute())
                .isInstanceOfSatisfying(TransactionCanceledException.class, e -> {
                    assertThat(e.is("ErrConditionFailed")).isTrue();
                    assertThat(e.failures()).singleElement()
                            .satisfies(r -> assertThat(r.action()).isEqualTo(ActionKind.CREATE));
                    assertThat(e.getMessage()).contains("already exists");
                });
    }

    @Test
    void updateRefreshesUpdatedAtKeepsCreatedAtAndIncrementsTheVersion() {
        TestUser created = users.create(TestUser.of("USER#TX-UPDATED-AT", "PROFILE", "before"));

        // As in contract p1/61: the action carries the key and the changed field only, no version.
        db.transactWrite().update(users, TestUser.of("USER#TX-UPDATED-AT", "PROFILE", "after"), "nickname")
                .execute();

        TestUser after = stored("USER#TX-UPDATED-AT", "PROFILE");
        assertThat(after.nickname()).isEqualTo("after");
        assertThat(after.createdAt()).isEqualTo(created.createdAt());
        assertThat(after.updatedAt()).isNotEqualTo(created.updatedAt());
        assertThat(after.version()).isEqualTo(1L);
    }

    @Test
    void updateWithTheCurrentVersionChecksAndIncrementsIt() {
        TestUser created = users.create(TestUser.of("USER#TX-VERSION", "PROFILE", "v0"));

        db.transactWrite().update(users, created.withNickname("v1"), "nickname").execute();

        assertThat(stored("USER#TX-VERSION", "PROFILE").version()).isEqualTo(1L);
    }

    @Test
    void explicitlyEmptyOmitEmptyFieldIsRemoved() {
        users.create(TestUser.of("USER#TX-EMPTY", "PROFILE", "present"));

        db.transactWrite().update(users, TestUser.of("USER#TX-EMPTY", "PROFILE", ""), "nickname").execute();

        assertThat(stored("USER#TX-EMPTY", "PROFILE").nickname()).isNull();
    }

    @Test
    void writingLifecycleFieldsIsRefusedBeforeAnyCall() {
        TestUser before = users.create(TestUser.of("USER#TX-LIFECYCLE", "PROFILE", "before"));

        for (String field : List.of("createdAt", "updatedAt", "version")) {
            TestUser change = before.withNickname("should-not-write").withCreatedAt("2026-07-31T00:00:00Z");
            assertThatThrownBy(() -> db.transactWrite().update(users, change, "nickname", field).execute())
                    .isInstanceOf(InvalidModelException.class).hasMessageContaining(field);
        }

        assertThat(stored("USER#TX-LIFECYCLE", "PROFILE")).isEqualTo(before);
    }

    @Test
    void refusesMoreThanOneHundredActions() {
        TransactWrite tx = db.transactWrite();
        for (int i = 0; i < 101; i++) {
            tx.conditionCheck(users, Key.of("USER#TX-LIMIT", "ITEM#" + i), Condition.attributeExists("PK"));
        }

        assertThatThrownBy(tx::execute).isInstanceOf(InvalidOperatorException.class)
                .hasMessageContaining("at most 100 actions").hasMessageContaining("101");
    }

    @Test
    void refusesTwoActionsOnOneItemAndEmptyTransactions() {
        assertThatThrownBy(() -> db.transactWrite()
                .conditionCheck(users, Key.of("USER#TX-DUP", "PROFILE"), Condition.attributeExists("PK"))
                .delete(users, Key.of("USER#TX-DUP", "PROFILE"))
                .execute())
                .isInstanceOf(InvalidOperatorException.class)
                .hasMessageContaining("Actions 0 and 1").hasMessageContaining("PK=USER#TX-DUP, SK=PROFILE");
        assertThatThrownBy(() -> db.transactWrite().execute()).isInstanceOf(InvalidOperatorException.class)
                .hasMessageContaining("at least one action");
    }

    @Test
    void conditionChecksGuardDeletes() {
        users.create(TestUser.of("USER#TX-GUARD", "LOCK", "open"));
        users.create(TestUser.of("USER#TX-GUARD", "DATA", "doomed"));

        assertThatThrownBy(() -> db.transactWrite()
                .conditionCheck(users, Key.of("USER#TX-GUARD", "LOCK"), Condition.eq("nickname", "closed"))
                .delete(users, Key.of("USER#TX-GUARD", "DATA"))
                .execute())
                .isInstanceOfSatisfying(TransactionCanceledException.class, e -> assertThat(e.failures())
                        .singleElement().satisfies(r -> assertThat(r.action()).isEqualTo(ActionKind.CONDITION_CHECK)));
        assertThat(users.find(Key.of("USER#TX-GUARD", "DATA"))).isPresent();

        db.transactWrite()
                .conditionCheck(users, Key.of("USER#TX-GUARD", "LOCK"), Condition.eq("nickname", "open"))
                .delete(users, Key.of("USER#TX-GUARD", "DATA"))
                .execute();
        assertThat(users.find(Key.of("USER#TX-GUARD", "DATA"))).isEmpty();
    }

    @Test
    void executingAgainWithTheSameTokenIsAnIdempotentRetry() {
        users.create(TestUser.of("USER#TX-IDEMPOTENT", "PROFILE", "before"));
        TransactWrite tx = db.transactWrite().idempotencyToken("order-42-payment")
                .update(users, TestUser.of("USER#TX-IDEMPOTENT", "PROFILE", "after"), "nickname");

        tx.execute();
        tx.execute();

        assertThat(stored("USER#TX-IDEMPOTENT", "PROFILE").version()).isEqualTo(1L);
        assertThatThrownBy(() -> tx.create(users, TestUser.of("USER#TX-IDEMPOTENT", "OTHER", "late")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("frozen");
        assertThatThrownBy(() -> db.transactWrite().idempotencyToken("x".repeat(37)))
                .isInstanceOf(InvalidOperatorException.class);
    }

    @Test
    void writeOnceModelsAreCreatedWithEmptyCollectionsKeptButNeverOverwritten() {
        Document event = Document.builder().put("PK", "RELEASE#TX-EMPTY").put("SK", "EVENT#TX-EMPTY")
                .put("releaseId", "rel_tx_empty").put("eventType", "contract")
                .put("provenance", Map.of("source", "contract", "emptyList", List.of(), "emptyMap", Map.of()))
                .build();

        db.transactWrite().create(events, event).execute();

        Document stored = events.get(Key.of("RELEASE#TX-EMPTY", "EVENT#TX-EMPTY"), ReadOptions.consistent());
        assertThat(stored.getMap("provenance")).containsEntry("source", "contract")
                .containsEntry("emptyList", List.of()).containsEntry("emptyMap", Map.of());
        assertThatThrownBy(() -> db.transactWrite().put(events, event).execute())
                .isInstanceOf(ImmutableModelMutationException.class);
    }

    @Test
    void reportsOneEventPerTransaction() {
        EVENTS.clear();

        db.transactWrite().put(users, TestUser.of("USER#TX-EVENT", "PROFILE", "x"))
                .put(users, TestUser.of("USER#TX-EVENT", "OTHER", "y"))
                .create(events, Document.builder().put("PK", "RELEASE#TX-EVENT").put("SK", "EVENT#1")
                        .put("releaseId", "r").put("eventType", "contract").build())
                .execute();

        assertThat(EVENTS).singleElement().satisfies(event -> {
            assertThat(event.operation()).isEqualTo(Operation.TRANSACT_WRITE);
            assertThat(event.modelName()).isEqualTo("User,ReleaseStateEvent");
            assertThat(event.tableName()).isEqualTo(users.tableName() + "," + events.tableName());
            assertThat(event.succeeded()).isTrue();
        });
    }
}
