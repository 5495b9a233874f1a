package com.theorycloud.tabletheory.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.theorycloud.tabletheory.Key;
import com.theorycloud.tabletheory.operation.OperationEvent;
import com.theorycloud.tabletheory.ReadOptions;
import com.theorycloud.tabletheory.Table;
import com.theorycloud.tabletheory.TableTheory;
import com.theorycloud.tabletheory.error.ImmutableModelMutationException;
import com.theorycloud.tabletheory.mapping.internal.values.Timestamps;
import com.theorycloud.tabletheory.local.LocalDynamoDb;
import com.theorycloud.tabletheory.mapping.Document;
import com.theorycloud.tabletheory.mapping.DocumentItemCodec;
import com.theorycloud.tabletheory.model.dms.ContractDirectory;
import com.theorycloud.tabletheory.model.dms.DmsLoader;
import com.theorycloud.tabletheory.testmodel.TestUser;
import com.theorycloud.tabletheory.testmodel.TestUserCodec;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Batch reads and writes against the local DynamoDB: chunking, lifecycle rules, ordering and write policies. */
class BatchIntegrationTest {

    private static final Instant NOW = Instant.parse("2027-01-15T08:00:00Z");
    private static final List<OperationEvent> EVENTS = new CopyOnWriteArrayList<>();
    private static TableTheory db;
    private static Table<TestUser> users;
    private static Table<Document> events;

    @BeforeAll
    static void createTables() {
        String prefix = LocalDynamoDb.shared().uniqueTableName("batch");
        db = TableTheory.builder().client(LocalDynamoDb.shared().client()).clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .listener(EVENTS::add).tableNameResolver(schema -> prefix + "_" + schema.tableName()).build();
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

    private static List<TestUser> numbered(String pk, int count) {
        List<TestUser> out = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            out.add(TestUser.of(pk, String.format("ITEM#%03d", i), String.format("w%03d", i)));
        }
        return out;
    }

    private static List<Key> keys(String pk, int from, int to) {
        List<Key> out = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            out.add(Key.of(pk, String.format("ITEM#%03d", i)));
        }
        return out;
    }

    @Test
    void writesAndDeletesMoreThanOneRequestWorth() {
        users.batchWrite(numbered("USER#BW", 26), List.of());

        List<TestUser> stored = users.batchGet(keys("USER#BW", 1, 26));
        assertThat(stored).hasSize(26);
        assertThat(stored.get(0).nickname()).isEqualTo("w001");
        assertThat(stored.get(25).nickname()).isEqualTo("w026");
        // Lifecycle rules of a single put: one timestamp for the call, version 0.
        assertThat(stored).allSatisfy(user -> {
            assertThat(user.createdAt()).isEqualTo(Timestamps.format(NOW)).isEqualTo(user.updatedAt());
            assertThat(user.version()).isZero();
        });

        users.batchWrite(List.of(), keys("USER#BW", 1, 3));

        assertThat(users.batchGet(keys("USER#BW", 1, 26))).hasSize(23);
        assertThat(users.find(Key.of("USER#BW", "ITEM#001"))).isEmpty();
        assertThat(users.find(Key.of("USER#BW", "ITEM#026"))).isPresent();
    }

    @Test
    void readsMoreThanOneHundredKeysInRequestOrderAndLeavesMissingOnesOut() {
        users.batchWrite(numbered("USER#BG", 101), List.of());
        List<Key> requested = new ArrayList<>(keys("USER#BG", 1, 101));
        java.util.Collections.reverse(requested);
        requested.add(50, Key.of("USER#BG", "ITEM#MISSING"));

        List<TestUser> found = users.batchGet(requested, ReadOptions.consistent());

        assertThat(found).hasSize(101);
        assertThat(found.get(0).sk()).isEqualTo("ITEM#101");
        assertThat(found.get(100).sk()).isEqualTo("ITEM#001");
        Map<Key, TestUser> byKey = users.batchGetByKey(requested, ReadOptions.consistent(), RetryPolicy.defaults());
        assertThat(byKey).hasSize(101).doesNotContainKey(Key.of("USER#BG", "ITEM#MISSING"));
        assertThat(byKey.keySet()).first().isEqualTo(Key.of("USER#BG", "ITEM#101"));
        assertThat(byKey.get(Key.of("USER#BG", "ITEM#042")).nickname()).isEqualTo("w042");
    }

    @Test
    void projectionAlwaysKeepsTheKeys() {
        users.batchWrite(List.of(TestUser.of("USER#BP", "PROFILE", "projected").withEmailHash("h")), List.of());

        List<TestUser> found = users.batchGet(List.of(Key.of("USER#BP", "PROFILE")),
                ReadOptions.defaults().withProjection("nickname"));

        assertThat(found).singleElement().satisfies(user -> {
            assertThat(user.pk()).isEqualTo("USER#BP");
            assertThat(user.nickname()).isEqualTo("projected");
            assertThat(user.emailHash()).isNull();
        });
    }

    @Test
    void writeOnceModelsRefuseBatchOverwritesAndDeletesBeforeAnyCall() {
        Document event = Document.builder().put("PK", "RELEASE#B").put("SK", "EVENT#1").put("releaseId", "r1")
                .put("eventType", "contract").build();

        assertThatThrownBy(() -> events.batchWrite(List.of(event), List.of()))
                .isInstanceOf(ImmutableModelMutationException.class);
        assertThatThrownBy(() -> events.batchWrite(List.of(), List.of(Key.of("RELEASE#B", "EVENT#1"))))
                .isInstanceOf(ImmutableModelMutationException.class);
        assertThat(events.find(Key.of("RELEASE#B", "EVENT#1"))).isEmpty();
    }

    @Test
    void reportsOneEventPerBatchCall() {
        EVENTS.clear();

        users.batchGet(keys("USER#EV", 1, 2));

        assertThat(EVENTS).singleElement().satisfies(event -> {
            assertThat(event.operation()).isEqualTo(com.theorycloud.tabletheory.operation.Operation.BATCH_GET);
            assertThat(event.succeeded()).isTrue();
            assertThat(event.modelName()).isEqualTo("User");
        });
    }
}
