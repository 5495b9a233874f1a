package com.theorycloud.tabletheory.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.theorycloud.tabletheory.Key;
import com.theorycloud.tabletheory.Table;
import com.theorycloud.tabletheory.TableTheory;
import com.theorycloud.tabletheory.error.InvalidOperatorException;
import com.theorycloud.tabletheory.local.LocalDynamoDb;
import com.theorycloud.tabletheory.testmodel.TestUser;
import com.theorycloud.tabletheory.testmodel.TestUserCodec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Transactional reads on the local DynamoDB (contract p1/59). */
class TransactGetIntegrationTest {

    private static TableTheory db;
    private static Table<TestUser> users;

    @BeforeAll
    static void createTable() {
        String name = LocalDynamoDb.shared().uniqueTableName("txget");
        db = TableTheory.builder().client(LocalDynamoDb.shared().client()).tableNameResolver(schema -> name).build();
        users = db.table(TestUserCodec.INSTANCE);
        db.ensureTable(users.schema());
        users.create(TestUser.of("USER#TG", "ITEM#001", "one"));
        users.create(TestUser.of("USER#TG", "ITEM#002", "two"));
    }

    @AfterAll
    static void dropTable() {
        db.deleteTableIfExists(users.schema());
    }

    @Test
    void readsASnapshotAndLeavesMissingItemsOut() {
        TransactGetResult result = db.transactGet()
                .get(users, Key.of("USER#TG", "ITEM#001"))
                .get(users, Key.of("USER#TG", "ITEM#MISSING"))
                .get(users, Key.of("USER#TG", "ITEM#002"))
                .execute();

        assertThat(result.size()).isEqualTo(3);
        assertThat(result.items(users)).extracting(TestUser::nickname).containsExactly("one", "two");
        assertThat(result.items()).hasSize(2);
        assertThat(result.get(1, users)).isEmpty();
        assertThat(result.get(2, users)).get().extracting(TestUser::sk).isEqualTo("ITEM#002");
    }

    @Test
    void refusesMoreThanOneHundredItemsBeforeAnyCall() {
        TransactGet get = db.transactGet();
        for (int i = 0; i < 101; i++) {
            get.get(users, Key.of("USER#TG", "ITEM#001"));
        }

        assertThatThrownBy(get::execute).isInstanceOf(InvalidOperatorException.class)
                .hasMessageContaining("at most 100 items");
    }

    @Test
    void refusesOneItemListedTwice() {
        assertThatThrownBy(() -> db.transactGet().get(users, Key.of("USER#TG", "ITEM#001"))
                .get(users, Key.of("USER#TG", "ITEM#001")).execute())
                .isInstanceOf(InvalidOperatorException.class).hasMessageContaining("Keys 0 and 1");
    }

    @Test
    void emptyReadMakesNoCall() {
        assertThat(db.transactGet().execute().size()).isZero();
    }
}
